/**
 * Recognising a server that will not chain. OpenAI answers 400 `previous_response_not_found`
 * (param `previous_response_id`) for an id it does not hold — which is what a relay that routes the
 * follow-up to another account, or stores nothing, produces. Other relays reject the fields
 * themselves ("Unsupported parameter: previous_response_id", "store is not supported") or answer
 * 404 for the item or response they never kept (new-api, one-api and LiteLLM all do one of these).
 */
import type { RunError } from '../response/types';
import type { ChainRefusal } from './types';

export interface SentFields {
  /** The request carried `previous_response_id`. */
  previousResponseId: boolean;
  /** The request carried `store`. */
  store: boolean;
}

const MENTIONS_PREVIOUS = /previous[_ ]response|previous_response_id/i;
// Not a bare "not found": a Go mux answers `404 page not found` to a wrong URL, which is no refusal.
const NOT_KEPT = /(item|response)\b.*\bnot found|not (been )?(stored|persisted)/i;
const MENTIONS_STORE = /(^|[^a-z_])['"`]?store['"`]?([^a-z_]|$)/i;
const UNSUPPORTED = /unsupported|not supported|unknown|unrecognized|not allowed|invalid|extra/i;

/**
 * Whether a failed answer means "this server will not chain", and which field it objected to.
 * Only HTTP 400/404/422 answers to a request that carried the field count; anything else (auth,
 * rate limits, server errors) is an ordinary failure.
 */
export function chainRefusal(error: RunError | undefined, sent: SentFields): ChainRefusal | undefined {
  if (!error || error.kind !== 'http') return undefined;
  if (error.status !== 400 && error.status !== 404 && error.status !== 422) return undefined;
  const param = error.param ?? '';
  const code = error.code ?? '';
  const message = error.message;
  if (sent.previousResponseId) {
    if (param === 'previous_response_id' || code === 'previous_response_not_found')
      return 'previous_response_id';
    if (MENTIONS_PREVIOUS.test(message)) return 'previous_response_id';
    // A 404 for an item or response the server never kept, answering a chained request.
    if (error.status === 404 && NOT_KEPT.test(message)) return 'previous_response_id';
  }
  if (sent.store) {
    if (param === 'store') return 'store';
    if (MENTIONS_STORE.test(message) && UNSUPPORTED.test(message)) return 'store';
  }
  return undefined;
}
