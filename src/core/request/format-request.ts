import { applyEdits, format } from 'jsonc-parser';

/**
 * The request text pretty-printed: two-space indentation, one property per line. Only whitespace
 * between tokens changes, so every string, number (`1.0`, `1e3`, big integers) and key order stays
 * exactly as written, and the text still parses to the same value. Call it on valid JSON only
 * (invalid text is formatted as far as the formatter can, which the editor does not offer).
 */
export function formatRequestText(text: string): string {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const edits = format(text, undefined, { tabSize: 2, insertSpaces: true, eol, insertFinalNewline: false });
  return applyEdits(text, edits);
}
