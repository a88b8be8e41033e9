/**
 * Responses the demo answered, kept in memory (oldest dropped first) so `previous_response_id`
 * chains and `GET /v1/responses/{id}` work, as with `store: true` on the real API.
 */
import type { JsonMap } from './request';
import type { ResponseObject } from './response-object';

export interface StoredResponse {
  response: ResponseObject;
  /** The request's input items, for replaying the conversation. */
  input: JsonMap[];
  /** The user's latest text anywhere up the chain, for answers that refer to it. */
  userText: string;
  /** Position in its previous_response_id chain (1 = first). */
  turn: number;
}

export class ResponseStore {
  private readonly entries = new Map<string, StoredResponse>();

  constructor(private readonly limit = 500) {}

  get(id: string): StoredResponse | undefined {
    return this.entries.get(id);
  }

  put(entry: StoredResponse): void {
    this.entries.delete(entry.response.id);
    this.entries.set(entry.response.id, entry);
    // Map keeps insertion order, so the first key is the oldest.
    while (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  delete(id: string): boolean {
    return this.entries.delete(id);
  }

  get size(): number {
    return this.entries.size;
  }

  /** This entry and its ancestors, oldest first (stops at a missing or evicted link). */
  chain(id: string): StoredResponse[] {
    const out: StoredResponse[] = [];
    const seen = new Set<string>();
    let current = this.entries.get(id);
    while (current && !seen.has(current.response.id)) {
      seen.add(current.response.id);
      out.unshift(current);
      const parent = current.response.previous_response_id;
      current = typeof parent === 'string' ? this.entries.get(parent) : undefined;
    }
    return out;
  }
}
