import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';
import { checkImportedText } from '../import-limits';
import type { JsonObject } from '../response/types';
import { err, ok, type Result } from '../result';

/** Where and why the request text is not a sendable JSON object. Positions are UTF-16 based. */
export interface RequestTextError {
  message: string;
  /** Offset of the problem in the text (UTF-16 code units, like Monaco's model offsets). */
  offset: number;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** Length of the offending token; 0 at the end of the text. */
  length: number;
}

// Strict JSON: the text is sent byte-for-byte, so whatever JSON.parse would reject must be an error here.
const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

interface RawError {
  code: ParseErrorCode;
  offset: number;
  length: number;
  /** The innermost open container when the error was seen. */
  container: 'object' | 'array' | null;
}

/**
 * Parses the request editor's text as strict JSON whose top level is an object.
 *
 * On failure, reports the first problem with its position and a readable message
 * ("Expected a comma or closing brace", "Unexpected end of text: …").
 * The value comes from `JSON.parse`, so it is exactly what a server will see. Nesting beyond the
 * import bound is an error too (checked first, without recursion: the parsers would overflow).
 */
export function parseRequestText(text: string): Result<JsonObject, RequestTextError> {
  const bounded = checkImportedText(text, 'The request', { maxChars: Infinity });
  if (!bounded.ok) return err(toError(text, bounded.error.offset ?? 0, 1, bounded.error.message));
  // Valid JSON (the usual case while typing) needs only the native parser; the strict scan, which
  // agrees with JSON.parse, runs only to say where and why a text is not JSON.
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const first = firstSyntaxError(text);
    if (!first) return err(toError(text, 0, 0, e instanceof Error ? e.message : 'Invalid JSON'));
    const { offset, length } = narrow(text, first);
    return err(toError(text, offset, length, describe(text, first)));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const start = text.length - text.trimStart().length;
    const length = text.trim().length;
    return err(
      toError(text, start, length, `The request must be a JSON object ({ … }), not ${kindOf(value)}`),
    );
  }
  return ok(value as JsonObject);
}

function firstSyntaxError(text: string): RawError | undefined {
  let first: RawError | undefined;
  const stack: ('object' | 'array')[] = [];
  visit(
    text,
    {
      onObjectBegin: () => void stack.push('object'),
      onArrayBegin: () => void stack.push('array'),
      onObjectEnd: () => void stack.pop(),
      onArrayEnd: () => void stack.pop(),
      onError: (code, offset, length) => {
        first ??= { code, offset, length, container: stack.at(-1) ?? null };
      },
    },
    STRICT,
  );
  return first;
}

function describe(text: string, e: RawError): string {
  const token = text.slice(e.offset, e.offset + e.length);
  const atEnd = e.offset >= text.length;
  // By name: ParseErrorCode is an ambient const enum, which isolatedModules cannot read.
  const code = printParseErrorCode(e.code);
  switch (code) {
    case 'InvalidSymbol':
      return describeSymbol(token);
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return `Invalid number "${token}"`;
    case 'PropertyNameExpected':
      if (token === '}' && previousSignificant(text, e.offset) === ',')
        return 'Trailing commas are not allowed in JSON';
      return atEnd
        ? 'Unexpected end of text: expected a property name'
        : 'Expected a property name in double quotes';
    case 'ValueExpected':
      if (text.trim() === '') return 'The request is empty: expected a JSON object';
      if (atEnd) return 'Unexpected end of text: expected a value';
      if (token === ']' && previousSignificant(text, e.offset) === ',')
        return 'Trailing commas are not allowed in JSON';
      return token === ',' ? 'Expected a value before the comma' : 'Expected a value';
    case 'ColonExpected':
      return atEnd ? 'Unexpected end of text: expected a colon' : 'Expected a colon after the property name';
    case 'CommaExpected':
      if (/^\d/.test(token) && /[-\d]/.test(text.charAt(e.offset - 1)))
        return 'Numbers cannot have leading zeros';
      return e.container === 'array'
        ? 'Expected a comma or closing bracket'
        : 'Expected a comma or closing brace';
    case 'CloseBraceExpected':
      return 'Unexpected end of text: expected a closing brace "}"';
    case 'CloseBracketExpected':
      return 'Unexpected end of text: expected a closing bracket "]"';
    case 'EndOfFileExpected':
      return 'Unexpected text after the end of the JSON object';
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return 'Comments are not allowed in JSON';
    case 'UnexpectedEndOfString':
      return 'Unterminated string: close the quote (a line break inside a string must be written \\n)';
    case 'InvalidUnicode':
      return 'Invalid \\u escape: expected four hex digits';
    case 'InvalidEscapeCharacter':
      return 'Invalid escape sequence in a string (use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)';
    case 'InvalidCharacter':
      return 'Control characters must be escaped in strings (for example \\n or \\t)';
    case '<unknown ParseErrorCode>':
      return 'Invalid JSON';
  }
}

function describeSymbol(token: string): string {
  if (token.startsWith("'")) return 'Strings and property names must use double quotes, not single quotes';
  if (/^(True|False|TRUE|FALSE|Null|NULL|None|nil)$/.test(token)) {
    return `Unexpected "${token}": JSON literals are lower case (true, false, null)`;
  }
  if (/^(NaN|-?Infinity|undefined)$/.test(token)) return `"${token}" is not a JSON value`;
  if (/^[\p{L}_$]/u.test(token))
    return `Unexpected "${token}": strings and property names need double quotes`;
  return `Unexpected character "${token}"`;
}

/**
 * The scanner reports string problems at the start of the string; point at the bad character or
 * escape instead, so a long string shows its error where it is.
 */
function narrow(text: string, e: RawError): { offset: number; length: number } {
  const code = printParseErrorCode(e.code);
  if (code !== 'InvalidCharacter' && code !== 'InvalidEscapeCharacter' && code !== 'InvalidUnicode') return e;
  const end = e.offset + e.length;
  for (let i = e.offset + 1; i < end; i++) {
    const c = text.charAt(i);
    if (code === 'InvalidCharacter' && c.charCodeAt(0) < 0x20) return { offset: i, length: 1 };
    if (c !== '\\') continue;
    const next = text.charAt(i + 1);
    if (next === 'u') {
      const digits = /^[0-9a-fA-F]{0,4}/.exec(text.slice(i + 2, i + 6))?.[0].length ?? 0;
      if (digits < 4 && code === 'InvalidUnicode') return { offset: i, length: 2 + digits };
      i += 1 + digits;
    } else if ('"\\/bfnrt'.includes(next) && next !== '') {
      i++;
    } else if (code === 'InvalidEscapeCharacter') {
      return { offset: i, length: 2 };
    }
  }
  return e;
}

/** The last non-whitespace character before `offset`. */
function previousSignificant(text: string, offset: number): string {
  return text.slice(0, offset).trimEnd().slice(-1);
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  return typeof value === 'boolean' ? String(value) : typeof value;
}

function toError(text: string, offset: number, length: number, message: string): RequestTextError {
  const { line, column } = positionAt(text, offset);
  return { message, offset, line, column, length };
}

/** 1-based line and column of `offset`; CR, LF and CRLF each end a line, as in Monaco. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10 && i + 1 < end) i++;
    if (c === 10 || c === 13) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
