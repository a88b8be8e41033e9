/**
 * Replay mode: for servers that will not chain with `previous_response_id`, a turn is sent with the
 * whole conversation as `input` — each earlier turn's own input items followed by its output items
 * turned back into input items — and no `previous_response_id`.
 */
import type { ItemView, JsonObject } from '../response/types';
import { isObject } from '../json';
import { str } from '../response/wire';

/** The request's `input` as a list of items (a string is one user message, as the API reads it). */
export function inputItems(input: unknown): JsonObject[] {
  if (typeof input === 'string') return [{ role: 'user', content: input }];
  return Array.isArray(input) ? input.filter(isObject) : [];
}

/** Text of a message's content (a string or a list of text/refusal parts). */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .filter(isObject)
    .map((part) => str(part.text) ?? str(part.refusal) ?? '')
    .join('');
}

/**
 * One output item as an input item for the next request, or undefined when it cannot be sent back.
 * Item ids and statuses are dropped: a server that does not store responses answers "Item with id
 * … not found" to ids it never kept. Reasoning is kept only with its `encrypted_content`, the one
 * form a stateless server accepts.
 */
export function outputToInput(item: JsonObject): JsonObject | undefined {
  switch (item.type) {
    case 'message': {
      const text = contentText(item.content);
      return { type: 'message', role: str(item.role) ?? 'assistant', content: text };
    }
    case 'function_call':
      return {
        type: 'function_call',
        call_id: str(item.call_id) ?? '',
        name: str(item.name) ?? '',
        arguments: str(item.arguments) ?? '',
      };
    case 'custom_tool_call':
      return {
        type: 'custom_tool_call',
        call_id: str(item.call_id) ?? '',
        name: str(item.name) ?? '',
        input: str(item.input) ?? '',
      };
    case 'compaction':
      // The compacted thread, opaque: sent back as the API gave it.
      return typeof item.encrypted_content === 'string'
        ? { type: 'compaction', encrypted_content: item.encrypted_content }
        : undefined;
    case 'reasoning':
      if (typeof item.encrypted_content !== 'string') return undefined;
      return {
        type: 'reasoning',
        id: item.id,
        summary: Array.isArray(item.summary) ? item.summary : [],
        encrypted_content: item.encrypted_content,
      };
    default:
      return undefined;
  }
}

/** One earlier turn of the conversation: what it added as input and what it answered. */
export interface ReplayTurn {
  turnInput: JsonObject[];
  /** The response's output items, in output order. */
  output: JsonObject[];
}

export interface ReplayInput {
  input: JsonObject[];
  /** Output item types that could not be replayed (hosted tool calls, reasoning without encrypted content). */
  skipped: string[];
}

/**
 * The `input` for a turn in replay mode: every earlier turn's input and replayable output, oldest
 * first, then the new turn's own items.
 */
export function buildReplayInput(chain: readonly ReplayTurn[], next: readonly JsonObject[]): ReplayInput {
  const input: JsonObject[] = [];
  const skipped: string[] = [];
  for (const turn of chain) {
    input.push(...turn.turnInput);
    for (const item of turn.output) {
      const replayed = outputToInput(item);
      if (replayed) input.push(replayed);
      else skipped.push(str(item.type) ?? 'unknown');
    }
  }
  input.push(...next);
  return { input, skipped };
}

/** Output items of a recorded view, in output order. */
export function viewOutput(items: readonly ItemView[]): JsonObject[] {
  return [...items].sort((a, b) => a.outputIndex - b.outputIndex).map((entry) => entry.item);
}

export interface TurnBodyOptions {
  /** The current request settings (model, tools, instructions, stream …), as parsed from the editor. */
  settings: JsonObject;
  /** The items this turn adds. */
  turnInput: JsonObject[];
  /** A plain string to send as `input` instead of `turnInput` in chain mode (a follow-up message). */
  inputText?: string;
  /** Chain mode: the response to continue (omitted for a first turn). */
  previousResponseId?: string;
  /** Replay mode: the earlier turns; `previousResponseId` is then ignored. */
  replay?: { chain: readonly ReplayTurn[]; dropStore?: boolean };
  /** Conversation mode: the conversation to send in (instead of `previous_response_id`). */
  conversation?: string;
}

/**
 * The body of a round-trip turn: the settings kept as they are, `input` replaced, and
 * `previous_response_id` set (chain mode), `conversation` set instead (conversation mode), or both
 * removed (replay mode, which may also drop `store` for servers that refuse it).
 */
export function buildTurnBody(options: TurnBodyOptions): { body: JsonObject; skipped: string[] } {
  const { settings, turnInput, inputText, previousResponseId, replay, conversation } = options;
  const body: JsonObject = { ...settings };
  delete body.previous_response_id;
  delete body.conversation;
  if (replay) {
    const built = buildReplayInput(replay.chain, turnInput);
    body.input = built.input;
    if (replay.dropStore) delete body.store;
    return { body, skipped: built.skipped };
  }
  body.input = inputText ?? turnInput;
  if (conversation) body.conversation = conversation;
  else if (previousResponseId) body.previous_response_id = previousResponseId;
  return { body, skipped: [] };
}
