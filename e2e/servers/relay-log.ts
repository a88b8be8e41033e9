/** Every request the relay received, for `GET /__requests` (tests check what the app really sent). */

export interface RecordedRequest {
  id: number;
  time: string;
  method: string;
  /** Path and query as received, e.g. `/relay/v1/responses`. */
  path: string;
  scenario: string;
  /** Lower-case names, as Node gives them. */
  headers: Record<string, string>;
  /** The body text exactly as sent ('' when none). */
  body: string;
  /** `open` while answering; then `finished`, `client-closed` (the client went away first), `destroyed` (cut), `silent` … */
  outcome: string;
}

export class RequestLog {
  private entries: RecordedRequest[] = [];
  private nextId = 1;

  add(entry: Omit<RecordedRequest, 'id' | 'time' | 'outcome'>): RecordedRequest {
    const recorded = { id: this.nextId++, time: new Date().toISOString(), outcome: 'open', ...entry };
    this.entries.push(recorded);
    if (this.entries.length > 5000) this.entries.shift();
    return recorded;
  }

  /** All entries, oldest first; optionally only those whose path starts with `prefix`. */
  list(prefix?: string): RecordedRequest[] {
    return prefix ? this.entries.filter((e) => e.path.startsWith(prefix)) : this.entries;
  }

  /** Clears all entries, or only those under `prefix`. */
  reset(prefix?: string): void {
    this.entries = prefix ? this.entries.filter((e) => !e.path.startsWith(prefix)) : [];
  }
}
