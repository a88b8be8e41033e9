/** The endpoint doctor's result: a compatibility card, saved on the profile it was run for. */
import type { DoctorText } from './doctor-messages';

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';

/** The parts of the Responses API beyond `POST /v1/responses` that an endpoint may or may not have. */
export type ApiCapability =
  | 'background'
  | 'cancel'
  | 'resume'
  | 'input_items'
  | 'input_tokens'
  | 'compact'
  | 'conversations'
  | 'delete';

export type CheckId =
  | 'cors'
  | 'models'
  | 'responses'
  | 'stream'
  | 'store'
  | 'chaining'
  | 'usage'
  | 'functions'
  | 'reasoning'
  | ApiCapability;

export interface DoctorCheck {
  id: CheckId;
  label: string;
  status: CheckStatus;
  /** One line a user can act on, in English. */
  summary: string;
  /** The same by message id and values (doctor-messages.ts), for the UI's language; absent on older cards. */
  text?: DoctorText[];
  /** `text` holds parts of one list (joined by `; `), not sentences. */
  list?: true;
  /** Wall time of the probe's request(s), when it sent any. */
  ms?: number;
}

/** How a streamed answer was framed. */
export interface StreamFraming {
  contentType: string;
  /** Frames carried `event:` lines (OpenAI, new-api) rather than `data:` only (LiteLLM). */
  eventLines: boolean;
  /** A `data: [DONE]` marker ended the stream. */
  doneMarker: boolean;
  /** `: …` comment lines (new-api's `: PING`). */
  keepAliveComments: number;
  /** `{"type":"keepalive"}` events (OpenAI). */
  keepAliveEvents: number;
  events: number;
  /** Every event carried a numeric `sequence_number`. */
  sequenceNumbers: boolean;
  /** The last lifecycle event: response.completed / incomplete / failed, `error`, or none (cut). */
  terminal?: string;
  firstByteMs?: number;
}

/** `allowed`: the preflight approves every header Send uses; `lenient`: only by the `*` wildcard,
 * which per the Fetch spec never covers Authorization (browsers accept it today, may stop). */
export type CorsVerdict = 'allowed' | 'lenient' | 'blocked' | 'unreachable' | 'unknown';

export interface DoctorFacts {
  cors?: CorsVerdict;
  /** `POST /v1/responses` exists (false on a 404/405/501). */
  responsesRoute?: boolean;
  models?: number;
  framing?: StreamFraming;
  /** `GET /v1/responses/{id}` returned the stored response. */
  store?: boolean;
  /** A follow-up with `previous_response_id` was accepted. */
  chaining?: boolean;
  /** Usage fields present on the plain response (dotted paths). */
  usageFields?: string[];
  functionCalling?: boolean;
  reasoningItems?: boolean;
  /** Which parts of the rest of the API answered (true), are missing (false), or were undecided. */
  api?: Partial<Record<ApiCapability, boolean>>;
  latencyMs?: { models?: number; plain?: number; firstByte?: number; stream?: number };
}

export interface DoctorCard {
  version: 1;
  /** The base URL that was probed (a card for another URL is stale). */
  baseUrl: string;
  checkedAt: number;
  /** How the API probes travelled. */
  route: 'direct' | 'proxy';
  model?: string;
  checks: DoctorCheck[];
  facts: DoctorFacts;
  advice: {
    chainingMode?: 'server' | 'replay';
    /** The browser cannot call this endpoint directly: use the local proxy. */
    useProxy?: boolean;
  };
}

export const CHECK_LABELS: Record<CheckId, string> = {
  cors: 'CORS preflight',
  models: 'GET /v1/models',
  responses: 'POST /v1/responses',
  stream: 'Streaming',
  store: 'store (GET /v1/responses/{id})',
  chaining: 'previous_response_id',
  usage: 'Usage fields',
  functions: 'Function calling',
  reasoning: 'Reasoning items',
  background: 'Background mode',
  cancel: 'Cancel (POST …/{id}/cancel)',
  resume: 'Resume a stream (starting_after)',
  input_items: 'Input items (GET …/{id}/input_items)',
  input_tokens: 'Count tokens (POST …/input_tokens)',
  compact: 'Compaction (POST …/compact)',
  conversations: 'Conversations (/v1/conversations)',
  delete: 'Delete (DELETE /v1/responses/{id})',
};
