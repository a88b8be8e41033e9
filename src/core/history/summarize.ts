/** Building history entries: the summary fields of a request sent and of what came back. */
import type { JsonObject, ResponseView } from '../response/types';
import { isObject } from '../json';
import { str } from '../response/wire';
import { chainRefusal } from './chain-refusal';
import { contentText, inputItems } from './replay';
import { toolCalls } from './tool-outputs';
import type { ChainMode, EntryKind, HistoryEntry } from './types';
import { HISTORY_VERSION } from './types';

const PREVIEW = 140;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW ? `${flat.slice(0, PREVIEW - 1)}…` : flat;
}

/** The list text for a turn's own input: its last user message, or what kind of items it sent. */
export function inputPreview(turnInput: readonly JsonObject[]): string {
  for (let i = turnInput.length - 1; i >= 0; i--) {
    const item = turnInput[i]!;
    if (item.role === 'user' && (item.type === undefined || item.type === 'message')) {
      const text = contentText(item.content);
      if (text) return clip(text);
    }
  }
  const outputs = turnInput.filter((item) => String(item.type).endsWith('_call_output')).length;
  if (outputs > 0) return `${outputs} tool output${outputs === 1 ? '' : 's'}`;
  return turnInput.length > 0 ? `${turnInput.length} input item${turnInput.length === 1 ? '' : 's'}` : '';
}

/** The list text for an answer: its text, or the calls it made, or its error. */
export function outputPreview(view: ResponseView): string {
  let text = '';
  for (const { item } of view.items) if (item.type === 'message') text += contentText(item.content);
  if (text.trim()) return clip(text);
  const calls = toolCalls(view);
  if (calls.length > 0) {
    return clip(
      `${calls.length} call${calls.length === 1 ? '' : 's'}: ${calls.map((c) => c.name).join(', ')}`,
    );
  }
  return view.error ? clip(view.error.message) : '';
}

export interface SentTurn {
  id: string;
  at: number;
  baseUrl: string;
  /** The body as sent. */
  body: JsonObject | undefined;
  turnInput: JsonObject[];
  mode: ChainMode;
  kind: EntryKind;
  parentId?: string;
}

/** The entry for a request just sent (status `connecting` until the answer comes). */
export function startEntry(turn: SentTurn): HistoryEntry {
  const previous = turn.body ? str(turn.body.previous_response_id) : undefined;
  const entry: HistoryEntry = {
    v: HISTORY_VERSION,
    id: turn.id,
    createdAt: turn.at,
    updatedAt: turn.at,
    baseUrl: turn.baseUrl,
    mode: turn.mode,
    kind: turn.kind,
    status: 'connecting',
    inputPreview: inputPreview(turn.turnInput),
    outputPreview: '',
    callCount: 0,
    timings: {},
  };
  if (turn.parentId) entry.parentId = turn.parentId;
  if (previous) entry.previousResponseId = previous;
  const conversation = turn.body ? conversationOf(turn.body) : undefined;
  if (conversation) entry.conversationId = conversation;
  const model = turn.body ? str(turn.body.model) : undefined;
  if (model) entry.model = model;
  return entry;
}

/** The entry updated with what was received so far (or in the end). */
export function updateEntry(
  entry: HistoryEntry,
  view: ResponseView,
  body: JsonObject | undefined,
  at: number,
): HistoryEntry {
  const next: HistoryEntry = {
    ...entry,
    updatedAt: at,
    status: view.status === 'idle' ? entry.status : view.status,
    outputPreview: outputPreview(view),
    callCount: toolCalls(view).length,
    timings: view.timings,
  };
  if (view.responseId) next.responseId = view.responseId;
  if (view.model) next.model = view.model;
  if (view.usage) next.usage = view.usage;
  if (view.httpStatus !== undefined) next.httpStatus = view.httpStatus;
  if (view.error) next.errorMessage = view.error.message;
  const refusal = chainRefusal(view.error, {
    previousResponseId: typeof body?.previous_response_id === 'string',
    store: isObject(body) && 'store' in body,
  });
  if (refusal) next.chainRefusal = refusal;
  return next;
}

/** The items a request body adds as input (its whole `input`, as items). */
export function bodyInput(body: JsonObject | undefined): JsonObject[] {
  return body ? inputItems(body.input) : [];
}

/** The conversation id a request body names (`"conv_…"` or `{id}`), if any. */
export function conversationOf(body: JsonObject): string | undefined {
  const value = body.conversation;
  if (typeof value === 'string') return value || undefined;
  return isObject(value) ? str(value.id) || undefined : undefined;
}
