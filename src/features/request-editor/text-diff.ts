/** The one span that turns `before` into `after`: offsets into `before`, and the new text. */
export interface TextReplacement {
  start: number;
  end: number;
  text: string;
}

/**
 * Smallest single replacement from `before` to `after` (common prefix and suffix kept), so an
 * outside edit (stream toggle, tool builder) changes only what it changed: cursor, selection and
 * scroll elsewhere stay put, and undo restores exactly that edit. Never splits a surrogate pair.
 * Returns null when the texts are equal.
 */
export function minimalReplacement(before: string, after: string): TextReplacement | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
