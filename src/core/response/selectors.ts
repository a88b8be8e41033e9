/** Read-only derivations of a ResponseView for the output pane, the tool round trip and figures. */
import type { JsonObject, ResponseView, RunStatus, Usage } from './types';
import { isObject } from '../json';
import { text } from './wire';

const LIVE: ReadonlySet<RunStatus> = new Set(['connecting', 'queued', 'streaming']);

/** A run that is still going: the request is out or the body is still arriving. */
export function isLive(status: RunStatus): boolean {
  return LIVE.has(status);
}

/** The concatenated `output_text` parts of every message item, like the SDK's `output_text`. */
export function outputText(view: ResponseView): string {
  let out = '';
  for (const { item } of view.items) {
    if (item.type !== 'message' || !Array.isArray(item.content)) continue;
    for (const part of item.content as unknown[]) {
      if (isObject(part) && part.type === 'output_text') out += text(part.text);
    }
  }
  return out;
}

export interface FunctionCallView {
  outputIndex: number;
  callId: string;
  name: string;
  /** The JSON string as streamed so far (final once `done`). */
  arguments: string;
  done: boolean;
}

/** Every `function_call` item, in output order. */
export function functionCalls(view: ResponseView): FunctionCallView[] {
  return view.items
    .filter((entry) => entry.item.type === 'function_call')
    .map(({ outputIndex, item, done }) => ({
      outputIndex,
      callId: text(item.call_id),
      name: text(item.name),
      arguments: text(item.arguments),
      done,
    }));
}

const WIRE_STATUS: Record<RunStatus, string> = {
  idle: 'in_progress',
  connecting: 'in_progress',
  queued: 'queued',
  streaming: 'in_progress',
  completed: 'completed',
  incomplete: 'incomplete',
  failed: 'failed',
  cancelled: 'cancelled',
};

function wireUsage(usage: Usage): JsonObject {
  return {
    input_tokens: usage.inputTokens,
    input_tokens_details: { cached_tokens: usage.cachedTokens },
    output_tokens: usage.outputTokens,
    output_tokens_details: { reasoning_tokens: usage.reasoningTokens },
    total_tokens: usage.totalTokens,
  };
}

/**
 * The Response object for the "Response JSON" tab: the last one the server sent, with `output`
 * taken from the local items (which survive relays that send `output: []`); or, when no Response
 * object ever arrived, one synthesised from the items. Undefined before anything arrived.
 */
export function finalResponseJson(view: ResponseView): JsonObject | undefined {
  const output = view.items.map((entry) => entry.item);
  if (view.response) return { ...view.response, output };
  if (output.length === 0 && view.responseId === undefined) return undefined;
  const synthesized: JsonObject = { object: 'response', status: WIRE_STATUS[view.status], output };
  if (view.responseId !== undefined) synthesized.id = view.responseId;
  if (view.model !== undefined) synthesized.model = view.model;
  if (view.usage) synthesized.usage = wireUsage(view.usage);
  if (view.error) synthesized.error = { code: view.error.code ?? null, message: view.error.message };
  if (view.incompleteReason !== undefined) synthesized.incomplete_details = { reason: view.incompleteReason };
  return synthesized;
}

export interface RunFigures {
  /** Start of the request to the first generated token. */
  ttftMs?: number;
  /** Start of the request to the end of the run. */
  totalMs?: number;
  /** `usage.output_tokens` over the time from first token to end. */
  tokensPerSecond?: number;
}

/** Timing figures; each is undefined when the data for it is missing. */
export function runFigures(view: ResponseView): RunFigures {
  const { startedAt, firstTokenAt, endedAt } = view.timings;
  const figures: RunFigures = {};
  if (startedAt !== undefined && firstTokenAt !== undefined) figures.ttftMs = firstTokenAt - startedAt;
  if (startedAt !== undefined && endedAt !== undefined) figures.totalMs = endedAt - startedAt;
  const tokens = view.usage?.outputTokens;
  if (tokens !== undefined && firstTokenAt !== undefined && endedAt !== undefined && endedAt > firstTokenAt) {
    figures.tokensPerSecond = tokens / ((endedAt - firstTokenAt) / 1000);
  }
  return figures;
}
