/*
 * String literals for every language the Code dialog writes. Every value that reaches a snippet (URL,
 * header names and values, the body) passes through one of these, so a value can never end its
 * literal, interpolate (`$()`, `${}`, `#{}`, `\(…)`), or hide code. Each encoder follows its language's
 * own rules; none trusts a value to be "URL-safe" or "header-safe".
 *
 * Besides quotes and backslashes, characters that render invisibly or reorder text (controls, zero-width
 * and bidirectional marks, line/paragraph separators, BOM: "Trojan Source") are written as escapes where
 * the language has them, so what the reader sees is what runs. Other non-ASCII text (你好, emoji) stays
 * readable.
 */

/** Characters written as escapes: C0/C1 controls, DEL, zero-width and bidi marks, separators, BOM. */
const HIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const hex = (c: string, width: number) =>
  (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(width, '0');
const utf8Octal = (c: string) =>
  Array.from(new TextEncoder().encode(c), (b) => `\\${b.toString(8).padStart(3, '0')}`).join('');

/**
 * Replaces the named characters, then every hidden one with `hidden(c)`. A lone surrogate cannot be
 * sent (UTF-8 has no form for it; every client sends U+FFFD), so it is written as U+FFFD.
 */
function escapeWith(text: string, named: Record<string, string>, hidden: (c: string) => string): string {
  const keys = Object.keys(named)
    .map((k) => k.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&'))
    .join('|');
  const pattern = new RegExp(`${keys}|${HIDDEN.source}`, 'g');
  return text.replace(LONE_SURROGATE, '\ufffd').replace(pattern, (c) => named[c] ?? hidden(c));
}

const C_LIKE: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** POSIX shell: single quotes, `'` written as `'\''`. Nothing inside is expanded by sh, bash or zsh. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** JavaScript: a JSON string is a valid JS string literal (ES2019+); hidden characters as `\uXXXX`. */
export function jsString(text: string): string {
  return `"${escapeWith(text, C_LIKE, (c) => `\\u${hex(c, 4)}`)}"`;
}

/** Python 3: a plain (not f-) string; `\uXXXX` escapes. */
export const pyString = jsString;

/** Go: an interpreted string; hidden characters as `\uXXXX`, bytes below 0x80 as `\xHH` (Go refuses raw NUL and BOM). */
export function goString(text: string): string {
  return `"${escapeWith(text, C_LIKE, (c) => (c < '\u0080' ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`))}"`;
}

/**
 * Java: `\u` escapes are decoded before the lexer runs (`\u000a` would end the literal), so controls
 * are 3-digit octal escapes; a backslash is always doubled, which keeps a `\u` in the value from being
 * read as an escape. Everything beyond ASCII is `\uXXXX`: JDK 11–17 read sources in the platform
 * charset, which is not always UTF-8.
 */
export function javaString(text: string): string {
  const octal = (c: string) => `\\${(c.codePointAt(0) ?? 0).toString(8).padStart(3, '0')}`;
  const escaped = escapeWith(text, C_LIKE, (c) => (c < '\u0080' ? octal(c) : `\\u${hex(c, 4)}`));
  return `"${escaped.replace(/[^\0-\u007f]/g, (c) => `\\u${hex(c, 4)}`)}"`;
}

/**
 * C: `?` escaped (no trigraphs such as `??/`); controls and everything beyond ASCII as octal UTF-8
 * bytes (never `\x`, which runs on into following hex digits), since compilers differ in how they
 * read a source file's encoding.
 */
export function cString(text: string): string {
  const escaped = escapeWith(text, { ...C_LIKE, '?': '\\?' }, utf8Octal);
  return `"${escaped.replace(/[^\0-\u007f]+/g, utf8Octal)}"`;
}

/** Rust: a normal string; `\u{…}` escapes. Never used as a `format!` string. */
export function rustString(text: string): string {
  return `"${escapeWith(text, C_LIKE, (c) => `\\u{${hex(c, 1)}}`)}"`;
}

/** C#: a regular (not `$`, not `@`) string; `\uXXXX` escapes (`\x` takes up to 4 digits, so never). */
export function csharpString(text: string): string {
  return `"${escapeWith(text, C_LIKE, (c) => `\\u${hex(c, 4)}`)}"`;
}

/** Swift: `\` doubled so `\(` cannot interpolate; `\u{…}` escapes. */
export function swiftString(text: string): string {
  return `"${escapeWith(text, C_LIKE, (c) => `\\u{${hex(c, 1)}}`)}"`;
}

/** Ruby: double-quoted with `#` escaped, so `#{}`, `#$x` and `#@x` stay text; `\u{…}` escapes. */
export function rubyString(text: string): string {
  return `"${escapeWith(text, { ...C_LIKE, '#': '\\#' }, (c) => `\\u{${hex(c, 1)}}`)}"`;
}

/** PHP: double-quoted with `$` escaped (no `$x` or `{$x}` interpolation); `\u{…}` escapes (PHP 7+). */
export function phpString(text: string): string {
  return `"${escapeWith(text, { ...C_LIKE, $: '\\$' }, (c) => `\\u{${hex(c, 1)}}`)}"`;
}

/**
 * PowerShell: single-quoted, where every quote character PowerShell knows (`'` and the typographic
 * ‘ ’ ‚ ‛) is doubled; nothing inside expands. Hidden characters are joined in as `[char]0x…`, so
 * the result is an expression: wrap it in parentheses where a command argument is expected.
 */
export function powershellString(text: string): string {
  const quote = (part: string) => `'${part.replace(/['\u2018\u2019\u201a\u201b]/g, '$&$&')}'`;
  const well = text.replace(LONE_SURROGATE, '\ufffd');
  // The first operand stays a string ('' at least): `[char] + 'ab'` would try to make 'ab' a char.
  const parts = [quote('')];
  let last = 0;
  for (const match of well.matchAll(HIDDEN)) {
    if (match.index > last) parts.push(quote(well.slice(last, match.index)));
    parts.push(`[char]0x${hex(match[0], 4)}`);
    last = match.index + match[0].length;
  }
  if (last < well.length) parts.push(quote(well.slice(last)));
  return parts.length > 1 && parts[1]?.startsWith("'") ? parts.slice(1).join(' + ') : parts.join(' + ');
}
