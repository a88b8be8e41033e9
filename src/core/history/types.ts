/**
 * The response tree: one node per request sent, with everything received for it. A node's summary
 * (`HistoryEntry`) is small and always in memory, so 1,000 of them list fast; its heavy part
 * (`HistoryBody`: the body as sent and the whole response view) is stored apart and loaded on demand.
 * Nothing here ever holds an API key or the request headers.
 */
import type { JsonObject, ResponseView, RunStatus, Timings, Usage } from '../response/types';

/**
 * Version of the stored shapes; bump it and add a migration in migrations.ts when they change.
 * 2: entries may belong to a group (a Compare run); older tabs leave such records alone.
 */
export const HISTORY_VERSION = 2;

/**
 * How a turn reached its parent: `chain` sent `previous_response_id`; `replay` sent the whole chain
 * of earlier input and output items as `input`, for relays that do not store responses;
 * `conversation` sent `conversation` (a server-side Conversation holds the earlier items).
 */
export type ChainMode = 'chain' | 'replay' | 'conversation';

/**
 * What made the entry: the editor's Send, a round trip control, the replay fallback, a response
 * opened by its id (`opened`, nothing was sent), or a compacted thread (`compaction`: its turn input
 * is the compacted items the next turn continues from).
 */
export type EntryKind =
  'request' | 'tool-outputs' | 'follow-up' | 'auto-answer' | 'replay-resend' | 'opened' | 'compaction';

/** Why a server refused to chain, recognised from its 400/404 answer (see chain-refusal.ts). */
export type ChainRefusal = 'previous_response_id' | 'store';

/**
 * The group an entry belongs to: one Compare run sends the same request to several columns, and
 * each column's response is an entry of that group. It holds what reopening and re-running the
 * comparison needs; never a key.
 */
export interface EntryGroup {
  /** Shared by every entry of one comparison (`g_…`). */
  id: string;
  /** The column (0-based) this entry answered for. */
  column: number;
  /** Which run (0-based) of that column, when each column ran several times. */
  run: number;
  /** How many runs each column was asked for. */
  runs: number;
  /** The column's model as set (the server may answer with another), and its overrides. */
  model?: string;
  overrides?: string;
  /** The endpoint profile the column used (its headers, proxy choice and prices), by id. */
  profileId?: string;
  /** How many events of each type the stream sent (for comparing streams later). */
  eventTypes?: Record<string, number>;
}

export interface HistoryEntry {
  v: typeof HISTORY_VERSION;
  /** Local id (`h_…`), stable across reloads and exports; not the response id. */
  id: string;
  createdAt: number;
  updatedAt: number;
  /** Name given by the user (Rename). */
  title?: string;
  /** The node this turn continues, when known locally. */
  parentId?: string;
  /** `previous_response_id` as sent (chain mode, or typed by the user). */
  previousResponseId?: string;
  /** The id the server gave the response (`resp_…`), verbatim. */
  responseId?: string;
  /** Where the request went; never the key. */
  baseUrl: string;
  mode: ChainMode;
  kind: EntryKind;
  status: RunStatus;
  model?: string;
  /** A short text for the list: the user's message, or "3 tool outputs". */
  inputPreview: string;
  /** A short text for the list: the answer's start, or "4 function calls: a, b". */
  outputPreview: string;
  /** Function and custom tool calls in the response. */
  callCount: number;
  httpStatus?: number;
  errorMessage?: string;
  /** Set when the answer was a refusal to chain (offer replay mode). */
  chainRefusal?: ChainRefusal;
  /** The Conversation (`conv_…`) the request was sent in. */
  conversationId?: string;
  /** What the server said about the stored response: deleted from here, or not found any more. */
  serverState?: 'deleted' | 'gone';
  usage?: Usage;
  timings: Timings;
  /** Set for the entries of a comparison (see EntryGroup). */
  group?: EntryGroup;
}

export interface HistoryBody {
  v: typeof HISTORY_VERSION;
  /** Same id as the entry. */
  id: string;
  /** The request body exactly as sent. */
  requestText: string;
  /** The items this turn added to the conversation (without the replayed earlier turns). */
  turnInput: JsonObject[];
  /** Everything received, as the output pane draws it. Absent until something arrived. */
  view?: ResponseView;
}

/** An entry with its body, as exported and imported. */
export interface HistoryRecord {
  entry: HistoryEntry;
  body?: HistoryBody;
}
