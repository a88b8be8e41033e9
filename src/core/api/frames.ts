import type { JsonObject, RunAction, RunError, WireEvent } from '../response/types';
import { isObject } from '../json';
import { normalizeStreamError } from './errors';
import { said } from './run-error-messages';

const OPEN_BRACE = 123;
const PREVIEW = 120;

/**
 * Turns one SSE message's data into a run action. This is the hot path (one call per event, up to
 * thousands per response), so the common case, data starting with `{`, goes straight to JSON.parse
 * without trimming or regexes.
 *
 * - `[DONE]` (trimmed, exact) → `done-marker`; the caller stops reading.
 * - JSON object with a string `type` → `event` (dispatch on the JSON type, never the SSE event name).
 * - JSON object with an `error` key and no `type` → `error` of kind `stream`.
 * - Anything else (not JSON, JSON without `type`) → `error` of kind `invalid-data`, data in `raw`.
 */
export function frameAction(data: string, at: number): RunAction {
  if (data.charCodeAt(0) !== OPEN_BRACE) {
    const trimmed = data.trim();
    if (trimmed === '[DONE]') return { kind: 'done-marker', at };
    if (trimmed.charCodeAt(0) !== OPEN_BRACE) {
      return invalid(at, data, said('frameNotJson', { preview: preview(trimmed) }));
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return invalid(at, data, said('frameBrokenJson', { preview: preview(data.trim()) }));
  }
  return objectAction(value as JsonObject, data, at);
}

/** The action for a parsed JSON object (an SSE frame, or a whole JSON body with `asBody`). */
export function objectAction(value: JsonObject, raw: string, at: number, asBody = false): RunAction {
  if (typeof value.type === 'string') return { kind: 'event', at, event: value as WireEvent, raw };
  if (value.error !== undefined && value.error !== null) {
    return { kind: 'error', at, error: normalizeStreamError(value, raw) };
  }
  if (asBody) return { kind: 'json', at, body: value };
  return invalid(at, raw, said('frameNoType', { preview: preview(raw.trim()) }));
}

/** The action for a whole JSON body (the relay ignored `stream: true`, or `stream: false`). */
export function jsonBodyAction(text: string, at: number, status: number): RunAction {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return invalid(at, text, said('bodyBrokenJson', { status, preview: preview(text.trim()) }));
  }
  if (!isObject(value)) {
    return invalid(at, text, said('bodyNotObject', { status, preview: preview(text.trim()) }));
  }
  const action = objectAction(value, text, at, true);
  if (action.kind === 'error') action.error.status = status;
  return action;
}

export function invalid(
  at: number,
  raw: string,
  words: Pick<RunError, 'message' | 'text'>,
  hint?: Pick<RunError, 'hint' | 'hintText'>,
): RunAction {
  const error: RunError = { kind: 'invalid-data', ...words, raw, ...hint };
  return { kind: 'error', at, error };
}

function preview(text: string): string {
  const line = text.length > PREVIEW ? `${text.slice(0, PREVIEW)}…` : text;
  return line.replace(/\s+/g, ' ');
}
