/**
 * Compare mode: one request sent to two to four columns (endpoint + model + overrides), measured
 * and compared. These are the plain shapes the pure functions of this folder work on.
 */
import type { ToolCall } from '../history/tool-outputs';
import type { RunStatus } from '../response/types';

/** Most columns a comparison holds, and the fewest. */
export const MAX_COLUMNS = 4;
export const MIN_COLUMNS = 2;
/** Most runs per column (several runs give a median and a spread worth trusting). */
export const MAX_RUNS = 10;

/** One column's settings as the user set them. Never holds a key (keys live with the connection). */
export interface ColumnSettings {
  /** Stable within a session (React keys, tool-test matrix). */
  id: string;
  /** The endpoint profile it uses (its headers, proxy choice and prices); absent for a typed base URL. */
  profileId?: string;
  baseUrl: string;
  /** Put in place of the request's `model`; empty keeps the request's own. */
  model: string;
  /** A JSON object merged into the request (e.g. `{"temperature":0.2,"reasoning":{"effort":"low"}}`); may be empty. */
  overrides: string;
  /** A typed base URL goes through the local proxy (profiles carry their own choice). */
  useProxy?: boolean;
}

export type { ModelPrice } from '../endpoints/profile';

/** Everything measured about one run of one column. Undefined where the data is missing. */
export interface RunMeasures {
  /** Start of the request to the first generated token. */
  ttftMs?: number;
  totalMs?: number;
  tokensPerSecond?: number;
  inputTokens?: number;
  cachedTokens?: number;
  outputTokens?: number;
  reasoningTokens?: number;
  eventCount: number;
  httpStatus?: number;
  requestId?: string;
  /** In the price's currency, when the profile has a price for the model. */
  cost?: number;
}

/** A finished run of a column, as kept for the figures and the comparisons. */
export interface ColumnRun {
  status: RunStatus;
  measures: RunMeasures;
  /** How many events of each type the stream sent. */
  eventTypes: Record<string, number>;
  /** The answer's text (every output_text part). */
  answer: string;
  /** Function and custom tool calls, in output order. */
  toolCalls: ToolCall[];
  /** The model the server said it used. */
  model?: string;
}
