/** The request a column sends: the editor's, with the column's model and parameter overrides. */
import { setRequestField, type RequestPath } from '../request/edit-request';
import { parseRequestText } from '../request/parse-request';
import type { JsonObject } from '../response/types';
import { isObject } from '../json';
import { err, ok, type Result } from '../result';
import type { ColumnSettings } from './types';

/** Longest overrides text accepted: far beyond any useful set of parameters. */
export const MAX_OVERRIDES_CHARS = 20_000;

/** The overrides text as an object; empty text is no overrides. The message is for the user. */
export function parseOverrides(text: string): Result<JsonObject, string> {
  if (text.trim() === '') return ok({});
  if (text.length > MAX_OVERRIDES_CHARS)
    return err(`Overrides are too long (at most ${MAX_OVERRIDES_CHARS} characters).`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return err(`Overrides are not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isObject(value)) return err('Overrides must be a JSON object, e.g. {"temperature": 0.2}.');
  return ok(value);
}

/**
 * The body a column sends: `requestText` with `model` replaced by the column's (when it has one)
 * and each override merged in (objects field by field, anything else replaced). Only the fields
 * touched change in the text; everything else stays byte for byte, as the editor holds it.
 *
 * @returns the body text, or why it cannot be built (invalid request or overrides)
 */
export function columnRequestText(
  requestText: string,
  column: Pick<ColumnSettings, 'model' | 'overrides'>,
): Result<string, string> {
  const parsed = parseRequestText(requestText);
  if (!parsed.ok) {
    const { line, column: col, message } = parsed.error;
    return err(`Request JSON is invalid at line ${line}, column ${col}: ${message}`);
  }
  const overrides = parseOverrides(column.overrides);
  if (!overrides.ok) return overrides;
  let text = mergeInto(requestText, parsed.value, [], overrides.value);
  const model = column.model.trim();
  if (model) text = setRequestField(text, ['model'], model);
  return ok(text);
}

function mergeInto(text: string, current: JsonObject, path: RequestPath, patch: JsonObject): string {
  let out = text;
  for (const [key, value] of Object.entries(patch)) {
    const here = current[key];
    out =
      isObject(value) && isObject(here) && Object.keys(value).length > 0
        ? mergeInto(out, here, [...path, key], value)
        : setRequestField(out, [...path, key], value);
  }
  return out;
}
