/**
 * The demo backend's bounds, wherever it runs (the `npm start` server, Vite, a Service Worker on a
 * static host): how big a request body may be, how many deltas and how slow a pace a request may ask
 * for, how long one request may take, and how work is sliced so one plan never holds the event loop.
 * The server-only rule (who may call it at all) lives in server/demo-mount.ts.
 */
import { errorResponse } from './errors';

export const DEMO_LIMITS = {
  /** Largest request body; 413 beyond. */
  maxBodyBytes: 4 * 1024 * 1024,
  /** Largest `metadata.demo_deltas` (the benchmarks stream 100 000). */
  maxDeltas: 100_000,
  /** Slowest `metadata.demo_pace_ms`. */
  maxPaceMs: 10_000,
  /** One request's whole life, streaming included. */
  maxRequestMs: 5 * 60_000,
  /** Responses kept for previous_response_id and GET, and their total size. */
  maxStored: 500,
  maxStoredBytes: 64 * 1024 * 1024,
  /** Steps generated between two yields to the event loop. */
  sliceSteps: 2_000,
} as const;

/** The methods the demo answers; anything else gets 405 with this list. */
export const DEMO_METHODS = 'GET, POST, DELETE, OPTIONS';

export function methodNotAllowed(method: string): Response {
  const response = errorResponse(405, {
    message: `Method ${method} is not allowed.`,
    type: 'invalid_request_error',
    param: null,
    code: 'method_not_allowed',
  });
  response.headers.set('allow', DEMO_METHODS);
  return response;
}

export function tooLarge(max: number): Response {
  const response = errorResponse(413, {
    message: `The request body is larger than ${max} bytes.`,
    type: 'invalid_request_error',
    param: null,
    code: 'request_too_large',
  });
  // The rest of the upload is not read: a Node host closes the connection instead of draining it.
  response.headers.set('connection', 'close');
  return response;
}

/**
 * Reads a request body as text, chunk by chunk, and stops at `max` bytes: a huge body is never
 * buffered. A declared Content-Length over the limit is refused before reading anything.
 */
export async function readBodyCapped(
  request: Request,
  max: number,
): Promise<{ ok: true; text: string } | { ok: false }> {
  if (Number(request.headers.get('content-length') ?? 0) > max) return { ok: false };
  if (!request.body) return { ok: true, text: '' };
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    // Released, not cancelled: on Node, cancelling destroys the socket before the 413 is written.
    if (size > max) {
      reader.releaseLock();
      return { ok: false };
    }
    text += decoder.decode(value, { stream: true });
  }
  return { ok: true, text: text + decoder.decode() };
}

/** Resolves on the next turn of the event loop (after pending I/O), in Node and in browsers. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Runs an iterator to its end in slices of `slice` steps, yielding to the event loop between slices
 * so other requests are served meanwhile. Stops early (returns false) when `signal` aborts.
 */
export async function drainInSlices(
  steps: Iterator<unknown>,
  signal: AbortSignal,
  slice: number,
  yieldTurn: () => Promise<void> = nextTurn,
): Promise<boolean> {
  for (;;) {
    for (let i = 0; i < slice; i++) if (steps.next().done) return true;
    await yieldTurn();
    if (signal.aborted) return false;
  }
}

/**
 * The request's own signal, also aborted once the request has run for `ms`; `clear` when done. (Not
 * `AbortSignal.any` with `AbortSignal.timeout`: Node may collect a timeout signal nobody holds.)
 */
export function withDeadline(signal: AbortSignal, ms: number): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController();
  const abort = () => controller.abort(signal.reason);
  const timer = setTimeout(() => controller.abort(new Error(`over ${ms} ms`)), ms);
  signal.addEventListener('abort', abort, { once: true });
  if (signal.aborted) abort();
  return {
    signal: controller.signal,
    clear: () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', abort);
    },
  };
}
