/** The request a column sends: the editor's, with the column's model and parameter overrides. */
import { setRequestField, type RequestPath } from '../request/edit-request';
import { parseRequestText } from '../request/parse-request';
import type { JsonObject } from '../response/types';
import { isObject } from '../json';
import { err, ok, type Result } from '../result';
import type { ColumnSettings } from './types';

/** Longest overrides text accepted: far beyond any useful set of parameters. */
export const MAX_OVERRIDES_CHARS = 20_000;

/**
 * Why a column's body cannot be built, as a message id of the `compare` catalogue's `problem` group
 * and its values: the feature words it in the UI's language (core stays free of i18n).
 */
export type ColumnProblem =
  | { key: 'overridesTooLong'; values: { max: number } }
  | { key: 'overridesNotJson'; values: { message: string } }
  | { key: 'overridesNotObject'; values: Record<string, never> }
  | { key: 'requestInvalid'; values: { line: number; column: number; message: string } };

/** The overrides text as an object; empty text is no overrides. */
export function parseOverrides(text: string): Result<JsonObject, ColumnProblem> {
  if (text.trim() === '') return ok({});
  if (text.length > MAX_OVERRIDES_CHARS)
    return err({ key: 'overridesTooLong', values: { max: MAX_OVERRIDES_CHARS } });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return err({ key: 'overridesNotJson', values: { message } });
  }
  if (!isObject(value)) return err({ key: 'overridesNotObject', values: {} });
  return ok(value);
}

/** The problem of a request text that does not parse. */
export function requestProblem(error: { line: number; column: number; message: string }): ColumnProblem {
  return {
    key: 'requestInvalid',
    values: { line: error.line, column: error.column, message: error.message },
  };
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
): Result<string, ColumnProblem> {
  const parsed = parseRequestText(requestText);
  if (!parsed.ok) return err(requestProblem(parsed.error));
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
