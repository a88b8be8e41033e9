/**
 * What the relay keeps of the responses it answered, so that the rest of the Responses API works on
 * them: `GET /v1/responses/{id}` (JSON or a resumed stream), `DELETE`, `…/cancel`, `…/input_items`.
 * One store per relay server.
 */
import type { JsonMap } from '../../server/demo/request';
import type { BackgroundPlan } from './relay-background';
import type { WireEvent } from './relay-events';

export interface StoredRelayResponse {
  id: string;
  scenario: string;
  /** Every event of the response, numbered from 0. */
  events: WireEvent[];
  /** The settled Response object (the terminal event's). */
  final: JsonMap;
  /** The request's input items. */
  input: JsonMap[];
  background: boolean;
  /** What `GET` shows now; background responses settle when their stream or polls reach the end. */
  status: string;
  /** Stream connections served so far (the POST is connection 0). */
  connections: number;
  /** `GET`s without stream so far (a polled background response settles after two). */
  polls: number;
  cancelled: boolean;
  /** How a background response's connections break (background scenarios only). */
  plan?: BackgroundPlan;
}

export class RelayStore {
  private readonly entries = new Map<string, StoredRelayResponse>();

  put(entry: StoredRelayResponse): void {
    this.entries.set(entry.id, entry);
    if (this.entries.size > 1000) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  get(id: string): StoredRelayResponse | undefined {
    return this.entries.get(id);
  }

  delete(id: string): boolean {
    return this.entries.delete(id);
  }

  /** The Response object as `GET` answers it now. */
  snapshot(entry: StoredRelayResponse): JsonMap {
    if (entry.status === entry.final.status) return entry.final;
    return {
      ...entry.final,
      status: entry.status,
      output: entry.status === 'completed' ? (entry.final.output ?? []) : [],
    };
  }
}

/** The relay's input-token count: one token per 4 characters of the request body, rounded up. */
export function relayTokenCount(bodyText: string): number {
  return Math.ceil(bodyText.length / 4);
}
