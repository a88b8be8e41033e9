import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';
import { checkImportedText, IMPORT_LIMITS } from '../import-limits';
import type { JsonObject } from '../response/types';
import { err, ok, type Result } from '../result';
import { requestTextMessage, type RequestTextMessage, type RequestTextMessageKey } from './parse-messages';

/** Where and why the request text is not a sendable JSON object. Positions are UTF-16 based. */
export interface RequestTextError {
  /** The message in English (logs, tests); the UI words `messageKey` with `params`. */
  message: string;
  /** The message's id in `REQUEST_TEXT_MESSAGES` (`editor:parse.<id>` in the catalogues). */
  messageKey: RequestTextMessageKey;
  /** The values of the message's placeholders. */
  params?: Record<string, string>;
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
  if (!bounded.ok)
    return err(
      toError(text, bounded.error.offset ?? 0, 1, {
        key: 'tooDeep',
        params: { depth: String(IMPORT_LIMITS.maxDepth) },
      }),
    );
  // Valid JSON (the usual case while typing) needs only the native parser; the strict scan, which
  // agrees with JSON.parse, runs only to say where and why a text is not JSON.
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const first = firstSyntaxError(text);
    if (!first) return err(toError(text, 0, 0, { key: 'invalidJson' }));
    const { offset, length } = narrow(text, first);
    return err(toError(text, offset, length, describe(text, first)));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const start = text.length - text.trimStart().length;
    const length = text.trim().length;
    return err(toError(text, start, length, notObjectMessage(value)));
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

function describe(text: string, e: RawError): RequestTextMessage {
  const token = text.slice(e.offset, e.offset + e.length);
  const atEnd = e.offset >= text.length;
  // By name: ParseErrorCode is an ambient const enum, which isolatedModules cannot read.
  const code = printParseErrorCode(e.code);
  switch (code) {
    case 'InvalidSymbol':
      return describeSymbol(token);
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return { key: 'invalidNumber', params: { token } };
    case 'PropertyNameExpected':
      if (token === '}' && previousSignificant(text, e.offset) === ',') return { key: 'trailingComma' };
      return { key: atEnd ? 'endExpectedPropertyName' : 'expectedPropertyName' };
    case 'ValueExpected':
      if (text.trim() === '') return { key: 'empty' };
      if (atEnd) return { key: 'endExpectedValue' };
      if (token === ']' && previousSignificant(text, e.offset) === ',') return { key: 'trailingComma' };
      return { key: token === ',' ? 'expectedValueBeforeComma' : 'expectedValue' };
    case 'ColonExpected':
      return { key: atEnd ? 'endExpectedColon' : 'expectedColon' };
    case 'CommaExpected':
      if (/^\d/.test(token) && /[-\d]/.test(text.charAt(e.offset - 1))) return { key: 'leadingZeros' };
      return { key: e.container === 'array' ? 'expectedCommaOrBracket' : 'expectedCommaOrBrace' };
    case 'CloseBraceExpected':
      return { key: 'endExpectedBrace' };
    case 'CloseBracketExpected':
      return { key: 'endExpectedBracket' };
    case 'EndOfFileExpected':
      return { key: 'textAfterEnd' };
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return { key: 'comments' };
    case 'UnexpectedEndOfString':
      return { key: 'unterminatedString' };
    case 'InvalidUnicode':
      return { key: 'invalidUnicode' };
    case 'InvalidEscapeCharacter':
      return { key: 'invalidEscape' };
    case 'InvalidCharacter':
      return { key: 'controlCharacter' };
    case '<unknown ParseErrorCode>':
      return { key: 'invalidJson' };
  }
}

function describeSymbol(token: string): RequestTextMessage {
  if (token.startsWith("'")) return { key: 'singleQuotes' };
  if (/^(True|False|TRUE|FALSE|Null|NULL|None|nil)$/.test(token))
    return { key: 'literalCase', params: { token } };
  if (/^(NaN|-?Infinity|undefined)$/.test(token)) return { key: 'notJsonValue', params: { token } };
  if (/^[\p{L}_$]/u.test(token)) return { key: 'unquoted', params: { token } };
  return { key: 'unexpectedCharacter', params: { token } };
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

function notObjectMessage(value: unknown): RequestTextMessage {
  if (Array.isArray(value)) return { key: 'notObjectArray' };
  if (value === null) return { key: 'notObjectNull' };
  if (typeof value === 'string') return { key: 'notObjectString' };
  if (typeof value === 'number') return { key: 'notObjectNumber' };
  return { key: 'notObjectBoolean', params: { token: value === true ? 'true' : 'false' } };
}

function toError(text: string, offset: number, length: number, what: RequestTextMessage): RequestTextError {
  const { line, column } = positionAt(text, offset);
  const error: RequestTextError = {
    message: requestTextMessage(what),
    messageKey: what.key,
    offset,
    line,
    column,
    length,
  };
  if (what.params) error.params = what.params;
  return error;
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
