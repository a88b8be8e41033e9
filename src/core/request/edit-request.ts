import { applyEdits, modify, type FormattingOptions } from 'jsonc-parser';
import { parseRequestText } from './parse-request';

/** A path into the request JSON: property names and array indexes (an index past the end appends). */
export type RequestPath = (string | number)[];

/**
 * Sets `path` to `value` in the request text, changing only the text around that field: the
 * user's formatting, key order and other fields stay as they are. Missing parents are created.
 *
 * Returns the text unchanged when it is not a valid request (an edit must never destroy text the
 * user is still typing), when the path runs through a non-container value, or when `value` is
 * `undefined` (use {@link removeRequestField}).
 */
export function setRequestField(text: string, path: RequestPath, value: unknown): string {
  if (value === undefined) return text;
  return edit(text, path, value);
}

/**
 * Removes the field at `path` (and its separator) from the request text, keeping the rest as is.
 * Returns the text unchanged when it is not a valid request or the field does not exist.
 */
export function removeRequestField(text: string, path: RequestPath): string {
  return edit(text, path, undefined);
}

function edit(text: string, path: RequestPath, value: unknown): string {
  if (path.length === 0 || !parseRequestText(text).ok) return text;
  try {
    const edits = modify(text, path, value, { formattingOptions: detectFormatting(text) });
    return applyEdits(text, edits);
  } catch {
    // jsonc-parser throws when the path crosses a string/number/etc. ("Can not add index to parent
    // of type string"): the user's JSON decides, so leave it alone.
    return text;
  }
}

/** Indentation and line ending as the text already uses them, so inserted fields blend in. */
export function detectFormatting(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^([ \t]+)\S/m.exec(text)?.[1];
  if (indent?.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol };
  return { insertSpaces: true, tabSize: indent ? indent.length : 2, eol };
}
