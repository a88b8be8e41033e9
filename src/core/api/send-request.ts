import type { RunAction } from '../response/types';
import { createSseDecoder } from '../sse/sse-decoder';
import { concatBytes, readBody, sniffBody, type BodyKind, type BodyReader } from './body';
import { htmlTitle, normalizeHttpError, requestIdFrom, statusLine } from './errors';
import { frameAction, invalid, jsonBodyAction } from './frames';
import { buildHeaders, headerProblem } from './headers';
import { routeEndpoint } from './route';
import { diagnoseNetworkError, networkError, setupError } from './network-error';
import { apiUrl, segment } from './request-json';
import type { ResumeStreamOptions, SendRequestOptions } from './types';
import { yieldToEventLoop } from './yield';
import { hinted, said } from './run-error-messages';

type Emit = (action: RunAction) => void;

/**
 * Most milliseconds of work (decoding plus `onAction`, which runs inside it) between two yields to
 * the event loop. Chunks that queued up while the page was busy are all handed out by `read()` in
 * microtasks, i.e. in one task: without yields a burst of a few MB held the main thread for
 * 100–400 ms in the 100k-delta benchmark (`npm run bench`).
 */
const SLICE_MS = 8;
/**
 * Bytes handed to the decoder at once. A fast server's chunks can be megabytes (thousands of events,
 * 100 ms and more of work); the yield check runs between pieces of this size, so no task runs long.
 */
const PIECE_BYTES = 32 * 1024;

/**
 * Sends `POST {base}/v1/responses` and reports every fact of the run through `opts.onAction`, in order.
 * Never rejects. Every run starts with `start` and finishes with exactly one `end` or `abort`:
 *
 * - `start` → (`error` network → `end`) when the request cannot be built or fetch rejects
 * - `headers` (status, request id) → non-2xx: `error` http → `end`
 * - 2xx SSE: `event` / `comment` / `error` (stream, invalid-data) per frame, `done-marker` on `[DONE]`
 *   (reading stops there), then `end`; `error` cut → `end` when the connection breaks or the body ends
 *   mid-event
 * - 2xx JSON body: `json` (a Response), or `error` stream for `{error}`; HTML or text: `error` invalid-data
 * - `abort` instead of `end` once `opts.signal` fires (never an error)
 *
 * Reading yields to the event loop after every few milliseconds of work, so a fast stream never
 * holds a page's main thread for long.
 *
 * The body is sent byte-for-byte as given; no credentials (cookies) are sent, so `*` CORS works.
 */
export async function sendResponsesRequest(opts: SendRequestOptions): Promise<void> {
  return streamCall({ method: 'POST', path: '/responses', body: opts.body }, opts);
}

/**
 * Resumes the event stream of a background response:
 * `GET /v1/responses/{id}?stream=true&starting_after={startingAfter}`. Reports through
 * `opts.onAction` exactly as {@link sendResponsesRequest} does (its `start` is a new connection, not
 * a new response: callers that resume map it to a `resume` action).
 */
export async function resumeResponseStream(opts: ResumeStreamOptions): Promise<void> {
  const query: Record<string, string | number> = { stream: 'true' };
  if (opts.startingAfter !== undefined) query.starting_after = opts.startingAfter;
  return streamCall({ method: 'GET', path: `/responses/${segment(opts.responseId)}`, query }, opts);
}

interface Target {
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string | number>;
  body?: string;
}

type StreamOptions = Omit<SendRequestOptions, 'body'>;

async function streamCall(target: Target, opts: StreamOptions): Promise<void> {
  const now = opts.now ?? Date.now;
  const emit: Emit = opts.onAction;
  let finished = false;
  const finish = (kind: 'end' | 'abort'): void => {
    if (finished) return;
    finished = true;
    emit({ kind: opts.signal.aborted ? 'abort' : kind, at: now() });
  };
  try {
    emit({ kind: 'start', at: now() });
    await run(target, opts, emit, now);
    finish('end');
  } catch (cause) {
    // Only a bug (or a throwing onAction) gets here; still keep the promise resolved.
    try {
      if (!finished)
        emit({
          kind: 'error',
          at: now(),
          error: { kind: 'cut', ...said('internalReadError', { detail: String(cause) }) },
        });
      finish('end');
    } catch {
      /* onAction itself is failing: nothing more to report to */
    }
  }
}

async function run(target: Target, opts: StreamOptions, emit: Emit, now: () => number): Promise<void> {
  const { signal } = opts;
  // Through the local proxy when `endpoint.proxy` is set; errors then name the playground's server.
  const endpoint = routeEndpoint(opts.endpoint);
  const url = apiUrl(endpoint.baseUrl, target.path, target.query);
  if (!url.ok) return emit({ kind: 'error', at: now(), error: setupError(url.error) });
  const headers = buildHeaders(endpoint, target.method);
  if (target.method === 'GET') headers.Accept = 'text/event-stream, application/json';
  const problem = headerProblem(headers);
  if (problem) return emit({ kind: 'error', at: now(), error: setupError(problem) });
  if (signal.aborted) return;

  // A plain call (no receiver): calling window.fetch as a method of another object is "Illegal invocation".
  const fetchImpl = opts.fetch ?? globalThis.fetch;
  opts.onRequest?.({ method: target.method, url: url.value, headers });
  let response: Response;
  try {
    response = await fetchImpl(url.value, {
      method: target.method,
      ...(target.body === undefined ? {} : { body: target.body }),
      headers,
      signal,
      credentials: 'omit',
    });
  } catch (cause) {
    if (signal.aborted) return;
    const diagnosis = await diagnoseNetworkError(url.value, fetchImpl, signal);
    if (!signal.aborted)
      emit({
        kind: 'error',
        at: now(),
        error: networkError(url.value, cause, opts.endpoint.proxyAvailable, diagnosis),
      });
    return;
  }
  const { status } = response;
  opts.onResponse?.({ status, headers: response.headers });
  const requestId = requestIdFrom(response.headers);
  emit(
    requestId ? { kind: 'headers', at: now(), status, requestId } : { kind: 'headers', at: now(), status },
  );

  const body = readBody(response.body, signal);
  try {
    if (!response.ok) {
      const text = await readAllText(body, [], signal);
      if (text !== null)
        emit({ kind: 'error', at: now(), error: normalizeHttpError(status, text, response.headers) });
      return;
    }
    const contentType = response.headers.get('content-type')?.toLowerCase() ?? '';
    const head: Uint8Array[] = [];
    let kind: BodyKind | undefined;
    while (kind === undefined) {
      const chunk = await body.read();
      if (chunk === null && signal.aborted) return;
      if (chunk) head.push(chunk);
      kind = sniffBody(concatBytes(head), contentType, chunk === null);
    }
    if (kind === 'sse') return await readEvents(body, head, signal, emit, now);
    const text = await readAllText(body, head, signal);
    if (text !== null) emit(bodyAction(kind, text, status, now()));
  } catch (cause) {
    if (signal.aborted) return;
    emit({
      kind: 'error',
      at: now(),
      error: {
        kind: 'cut',
        ...said('connectionBroke', { detail: String(cause) }),
        status,
      },
    });
  } finally {
    body.cancel();
  }
}

/** Decodes the SSE body, emitting one action per message or comment. */
async function readEvents(
  body: BodyReader,
  head: Uint8Array[],
  signal: AbortSignal,
  emit: Emit,
  now: () => number,
): Promise<void> {
  let done = false;
  // Events decoded from one piece arrived together: one clock read per piece, not per event.
  let arrivedAt = now();
  const decoder = createSseDecoder({
    onMessage(message) {
      if (done) return; // `[DONE]` mid-chunk: later messages in the same chunk are ignored
      const action = frameAction(message.data, arrivedAt);
      if (action.kind === 'done-marker') done = true;
      emit(action);
    },
    onComment(text) {
      if (!done) emit({ kind: 'comment', at: now(), text });
    },
  });
  for (const chunk of head) decoder.push(chunk);
  // Only time spent working counts, not waiting for the network: at worst one needless yield.
  let busy = 0;
  while (!done) {
    const chunk = await body.read();
    if (chunk === null) break;
    for (let at = 0; at < chunk.length && !done; at += PIECE_BYTES) {
      const started = performance.now();
      arrivedAt = now();
      decoder.push(chunk.length <= PIECE_BYTES ? chunk : chunk.subarray(at, at + PIECE_BYTES));
      busy += performance.now() - started;
      if (busy >= SLICE_MS && !done) {
        await yieldToEventLoop();
        busy = 0;
      }
    }
  }
  if (done || signal.aborted) return; // the caller cancels the rest of the body
  const { discardedTail } = decoder.end(); // may still dispatch (a final CR); `done` can flip here
  if (discardedTail === undefined || done) return;
  if (discardedTail.trim() === '[DONE]') {
    // Sloppy relays end with `data: [DONE]` and no blank line; WHATWG drops it, but flagging a clean
    // end as a cut stream would only confuse.
    emit({ kind: 'done-marker', at: now() });
    return;
  }
  emit({
    kind: 'error',
    at: now(),
    error: {
      kind: 'cut',
      ...said('midEvent'),
      raw: discardedTail,
    },
  });
}

/** Reads the rest of the body as UTF-8 text; null when aborted. */
async function readAllText(
  body: BodyReader,
  head: Uint8Array[],
  signal: AbortSignal,
): Promise<string | null> {
  const decoder = new TextDecoder();
  let text = '';
  for (const chunk of head) text += decoder.decode(chunk, { stream: true });
  for (;;) {
    const chunk = await body.read();
    if (chunk === null) break;
    text += decoder.decode(chunk, { stream: true });
  }
  return signal.aborted ? null : text + decoder.decode();
}

function bodyAction(kind: Exclude<BodyKind, 'sse'>, text: string, status: number, at: number): RunAction {
  const raw = text.trim();
  switch (kind) {
    case 'json':
      return jsonBodyAction(text, at, status);
    case 'empty':
      return invalid(at, raw, said('emptyBody', { status: statusLine(status) }));
    case 'html': {
      const title = htmlTitle(raw);
      const line = statusLine(status);
      const words = title
        ? said('htmlInsteadOfStreamTitled', { status: line, title })
        : said('htmlInsteadOfStream', { status: line });
      return invalid(at, raw, words, hinted('hintNotApiRoot'));
    }
    case 'text':
      return invalid(
        at,
        raw,
        said('textInsteadOfStream', { status: statusLine(status), preview: raw.slice(0, 200) }),
      );
  }
}
