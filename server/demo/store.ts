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

/** Bounded by count and by total size (what the caller says each entry weighs). */
export class ResponseStore {
  private readonly entries = new Map<string, StoredResponse>();
  private readonly sizes = new Map<string, number>();
  private total = 0;

  constructor(
    private readonly limit = 500,
    private readonly maxBytes = Infinity,
  ) {}

  get(id: string): StoredResponse | undefined {
    return this.entries.get(id);
  }

  put(entry: StoredResponse, bytes = 0): void {
    this.delete(entry.response.id);
    this.entries.set(entry.response.id, entry);
    this.sizes.set(entry.response.id, bytes);
    this.total += bytes;
    this.evict();
  }

  /** Records an entry's final size (its output is known only once generated). */
  resize(id: string, bytes: number): void {
    const before = this.sizes.get(id);
    if (before === undefined) return;
    this.sizes.set(id, bytes);
    this.total += bytes - before;
    this.evict();
  }

  delete(id: string): boolean {
    this.total -= this.sizes.get(id) ?? 0;
    this.sizes.delete(id);
    return this.entries.delete(id);
  }

  /** Total size of what is kept. */
  get bytes(): number {
    return this.total;
  }

  /** Drops the oldest entries (Map keeps insertion order) until both bounds hold; the newest stays. */
  private evict(): void {
    while (this.entries.size > this.limit || (this.total > this.maxBytes && this.entries.size > 1)) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
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
