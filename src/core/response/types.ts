/**
 * The response view: what the output pane draws, built by folding run actions with `reduceRun`.
 *
 * Output items keep the API's own wire shape (snake_case, as in `response.output[]`), so the final
 * response JSON, the oracle comparison with the SDK and the function-call round trip need no mapping.
 * Everything the UI adds around them (status, timings, errors, flags) is camelCase.
 */
import type { ResponseStreamEvent } from 'openai/resources/responses/responses';

/** A decoded stream event. Known events follow the SDK union; unknown ones keep their JSON as is. */
export type WireEvent = ResponseStreamEvent | { type: string; [key: string]: unknown };

// Re-exported for the many wire readers that already import it from here; defined in core/json.
export type { JsonObject } from '../json';
import type { JsonObject } from '../json';

export type RunStatus =
  'idle' | 'connecting' | 'queued' | 'streaming' | 'completed' | 'incomplete' | 'failed' | 'cancelled';

export type RunErrorKind =
  /** Non-2xx HTTP answer. */
  | 'http'
  /** fetch rejected: DNS, refused connection, CORS, mixed content, offline. */
  | 'network'
  /** An `error` event, a `{"error":…}` frame or `response.failed`. */
  | 'stream'
  /** A frame whose data is not JSON, or a body that is neither SSE nor JSON (e.g. an HTML page). */
  | 'invalid-data'
  /** The body ended (or the connection broke) before a terminal event. */
  | 'cut';

/** A failure normalised from every error shape OpenAI and relays send (see core/api/error-fields.ts). */
export interface RunError {
  kind: RunErrorKind;
  message: string;
  status?: number;
  code?: string;
  type?: string;
  param?: string;
  requestId?: string;
  /** What the user can do about it, when we know. */
  hint?: string;
  /** The raw body or frame, trimmed, for the details view. */
  raw?: string;
  /** `message` when it is our own wording: its id and values, for the UI to translate (the core
   * holds no i18n; `message` keeps the English). A server's own message has none and shows verbatim. */
  text?: ErrorText;
  /** `hint` by id, likewise. */
  hintText?: ErrorText;
  /** The local proxy produced this answer itself: no upstream server answered (or was asked). */
  source?: 'proxy';
}

/** One of our sentences by id (a key of the `errors` catalogue) with its values. */
export interface ErrorText {
  id: string;
  params?: Record<string, string | number>;
  /**
   * Values that are themselves one of our RunError sentences (an inner error's `text`, a key of the
   * `errors` catalogue), by placeholder: worded first, then filled in; `params` keeps their English.
   */
  nested?: Record<string, ErrorText>;
}

/**
 * A remark on a run that is not a failure, by id (core/response/notice-messages.ts; the Output pane
 * words it) with its values.
 */
export type Notice = ErrorText;

/** One output item, keyed by `output_index`. */
export interface ItemView {
  outputIndex: number;
  /** The item in wire shape, accumulated from deltas; replaced by `output_item.done`'s copy. */
  item: JsonObject;
  /** `output_item.done` arrived (or a terminal response's `output[]` supplied the final copy). */
  done: boolean;
  /** Latest partial image of an image_generation_call, as a data: URL. */
  partialImage?: string;
}

export interface Usage {
  inputTokens?: number;
  cachedTokens?: number;
  outputTokens?: number;
  reasoningTokens?: number;
  totalTokens?: number;
}

/** Milliseconds since the epoch (performance.timeOrigin + now), stamped by the transport. */
export interface Timings {
  startedAt?: number;
  /** Response headers arrived. */
  headersAt?: number;
  /** First text/argument/reasoning delta. */
  firstTokenAt?: number;
  endedAt?: number;
}

export interface ResponseView {
  status: RunStatus;
  responseId?: string;
  model?: string;
  items: ItemView[];
  usage?: Usage;
  timings: Timings;
  /** HTTP status of the answer, when there was one. */
  httpStatus?: number;
  /** `x-request-id` of the answer, when the transport could read it. */
  requestId?: string;
  /** How the body came: SSE events or one plain JSON Response (the server ignored `stream: true`). */
  bodyKind?: 'sse' | 'json';
  error?: RunError;
  /** `incomplete_details.reason` of an incomplete response. */
  incompleteReason?: string;
  /** The last full Response object seen (lifecycle event or plain JSON answer), merged with local items. */
  response?: JsonObject;
  /** Things worth flagging that are not failures: sequence gaps, unknown events, a `[DONE]` marker. */
  notices: Notice[];
  /** Highest `sequence_number` seen, for gap detection. */
  lastSequence?: number;
  /** Sequence gaps and duplicates seen; only the first few get their own line in `notices`. */
  sequenceIssues?: number;
  /** Transcript of `response.audio.transcript.*` events (audio bytes themselves stay in the event log). */
  audioTranscript?: string;
  /**
   * Number of entries in the run's event log (the log itself lives outside the view, see EventLog):
   * every event received, including repeats skipped after a resume, plus one marker per resume.
   */
  eventCount: number;
  /** How many times the stream was resumed (`GET …?stream=true&starting_after=N`) after it broke. */
  resumes?: number;
  /** Events skipped because a resumed stream sent them again (`sequence_number` already folded). */
  skippedRepeats?: number;
}

/**
 * What the transport feeds the reducer. Wire events and the transport's own facts share one
 * stream so a single pure function can decide every state.
 */
export type RunAction =
  | { kind: 'start'; at: number }
  | { kind: 'headers'; at: number; status: number; requestId?: string }
  /** `raw` is the SSE data string as received, for the raw event log. */
  | { kind: 'event'; at: number; event: WireEvent; raw: string }
  /** An SSE comment line (`: keep-alive`): no output, but proof the connection lives. */
  | { kind: 'comment'; at: number; text: string }
  /** A plain JSON answer to a request (no SSE): a Response object. */
  | { kind: 'json'; at: number; body: JsonObject }
  | { kind: 'error'; at: number; error: RunError }
  /** `data: [DONE]` */
  | { kind: 'done-marker'; at: number }
  /** The body ended. */
  | { kind: 'end'; at: number }
  | { kind: 'abort'; at: number }
  /**
   * The broken stream of a background response continues on a new connection from the event after
   * `startingAfter` (the last `sequence_number` folded). The view is kept; events the new stream
   * repeats are skipped, so nothing is lost and nothing shown twice.
   */
  | { kind: 'resume'; at: number; startingAfter: number; attempt: number }
  /** A remark from the transport that is not a failure (e.g. what the server said to a cancel). */
  | { kind: 'note'; at: number; notice: Notice };
