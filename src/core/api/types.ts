import type { RunAction } from '../response/types';

/** Where a request goes and how it authenticates. */
export interface Endpoint {
  /** As the user typed it; `/v1/…` paths are joined by `endpointUrl`. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <key>`; no Authorization header at all when empty. */
  apiKey?: string;
  /** Extra headers, sent as given (empty names skipped). */
  headers?: Record<string, string>;
  /**
   * The app's origin when requests go through the local proxy of the `npm start` server: they are
   * sent to `{proxy}/proxy/v1/…` with `baseUrl` in `x-proxy-target` (see `routeEndpoint`).
   */
  proxy?: string;
  /**
   * The page could use the local proxy (it is served by `npm start`), whether or not this request
   * does: the advice after a network failure depends on it.
   */
  proxyAvailable?: boolean;
}

export interface SendRequestOptions {
  endpoint: Endpoint;
  /** The request body exactly as the editor holds it: what is shown is what is sent. */
  body: string;
  signal: AbortSignal;
  /** Receives every fact of the run, in order. Never throws into the caller. */
  onAction: (action: RunAction) => void;
  /**
   * Receives the response's status and headers as soon as they arrive (before the `headers`
   * action), for callers that want more than the request id (rate limits, the serving relay).
   * Cross-origin, only the headers the server exposes are readable.
   */
  onResponse?: (response: { status: number; headers: Headers }) => void;
  /**
   * Receives the request exactly as it goes to fetch (after routing through the local proxy), just
   * before it is sent. The headers hold the key: mask them (`maskRequest`) before keeping them.
   */
  onRequest?: (request: { method: string; url: string; headers: Record<string, string> }) => void;
  /** Clock, injectable for tests. Defaults to Date.now. */
  now?: () => number;
  /** fetch implementation, injectable for tests. Defaults to the global fetch. */
  fetch?: typeof fetch;
}

/** Resuming a background response's stream (`GET /v1/responses/{id}?stream=true&starting_after=N`). */
export interface ResumeStreamOptions extends Omit<SendRequestOptions, 'body'> {
  responseId: string;
  /** The last `sequence_number` received; events after it are sent. Omitted: the whole stream. */
  startingAfter?: number;
}
