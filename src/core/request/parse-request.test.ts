import { describe, expect, it } from 'vitest';
import { parseRequestText, positionAt } from './parse-request';

function failure(text: string) {
  const result = parseRequestText(text);
  if (result.ok) throw new Error(`expected a failure for ${JSON.stringify(text)}`);
  return result.error;
}

describe('parseRequestText', () => {
  it('returns the object JSON.parse produces', () => {
    const text = '{\n  "model": "gpt-4.1-mini",\n  "input": "hi 你好 👋",\n  "stream": true\n}';
    expect(parseRequestText(text)).toEqual({ ok: true, value: JSON.parse(text) as unknown });
  });

  it('keeps "__proto__" as an own key, exactly as the server will read it', () => {
    const result = parseRequestText('{"__proto__": {"x": 1}, "model": "m"}');
    expect(result.ok).toBe(true);
    if (result.ok) expect(Object.keys(result.value)).toEqual(['__proto__', 'model']);
  });

  // [text, message fragment, line, column, length]
  const broken: [string, string, number, number, number][] = [
    ['', 'The request is empty', 1, 1, 0],
    ['   \n  ', 'The request is empty', 2, 3, 0],
    ['{', 'Unexpected end of text: expected a closing brace', 1, 2, 0],
    ['{"model": "x"', 'Unexpected end of text: expected a closing brace', 1, 14, 0],
    ['{"tools": [1, 2', 'Unexpected end of text: expected a closing bracket', 1, 16, 0],
    ['{"model": ', 'Unexpected end of text: expected a value', 1, 11, 0],
    ['{"model": "x" "stream": true}', 'Expected a comma or closing brace', 1, 15, 8],
    ['{\n  "model": "x"\n  "stream": true\n}', 'Expected a comma or closing brace', 3, 3, 8],
    ['{"tools": [1 2]}', 'Expected a comma or closing bracket', 1, 14, 1],
    ['{"model": "x",}', 'Trailing commas are not allowed', 1, 15, 1],
    ['{"tools": [1,]}', 'Trailing commas are not allowed', 1, 14, 1],
    ["{'model': 'x'}", 'double quotes, not single quotes', 1, 2, 7],
    ['{model: "x"}', 'Unexpected "model": strings and property names need double quotes', 1, 2, 5],
    ['{"stream": True}', 'JSON literals are lower case', 1, 12, 4],
    ['{"temperature": NaN}', '"NaN" is not a JSON value', 1, 17, 3],
    ['{"a": 1} // note', 'Comments are not allowed', 1, 10, 7],
    ['/* c */ {"a": 1}', 'Comments are not allowed', 1, 1, 7],
    ['{"a": 1}}', 'Unexpected text after the end', 1, 9, 1],
    ['{"a" 1}', 'Expected a colon', 1, 6, 1],
    ['{"a": }', 'Expected a value', 1, 7, 1],
    ['{, "a": 1}', 'Expected a value before the comma', 1, 2, 1],
    ['{"a": 01}', 'leading zeros', 1, 8, 1],
    ['{"a": 1.}', 'Invalid number', 1, 7, 2],
    ['{"a": -}', 'Unexpected character "-"', 1, 7, 1],
    ['{"input": "line one\nline two"}', 'Unterminated string', 1, 11, 9],
    ['{"input": "tab\there"}', 'Control characters must be escaped', 1, 15, 1],
    ['{"input": "ok \\n bad \\q"}', 'Invalid escape sequence', 1, 22, 2],
    ['{"input": "\\u12G4"}', 'Invalid \\u escape', 1, 12, 4],
    ['{"a": 1, @}', 'Unexpected character "@"', 1, 10, 1],
    ['\r\n{\r\n  "a": 1\r\n  "b": 2\r\n}', 'Expected a comma or closing brace', 4, 3, 3],
  ];

  it.each(broken)('%j → %s at %i:%i', (text, message, line, column, length) => {
    const error = failure(text);
    expect(error.message).toContain(message);
    expect({ line: error.line, column: error.column, length: error.length }).toEqual({
      line,
      column,
      length,
    });
    expect(positionAt(text, error.offset)).toEqual({ line, column });
    // Everything called broken here is also rejected by the engine the server side will use.
    expect(() => JSON.parse(text) as unknown).toThrow();
  });

  it.each([
    ['[1, 2]', 'not an array'],
    ['"hello"', 'not a string'],
    ['42', 'not a number'],
    ['true', 'not true'],
    ['null', 'not null'],
  ])('rejects a %s top level (%s) and marks the whole value', (text, kind) => {
    const error = failure(`  ${text}\n`);
    expect(error.message).toBe(`The request must be a JSON object ({ … }), not ${kind.replace('not ', '')}`);
    expect(error).toMatchObject({ offset: 2, line: 1, column: 3, length: text.length });
  });

  // How fast: `npm run bench` (core figures).
  it('handles a large request', () => {
    const big = JSON.stringify({
      model: 'm',
      input: 'x'.repeat(2_000_000),
      tools: Array(2000).fill({ type: 'function', name: 'f' }),
    });
    expect(parseRequestText(big).ok).toBe(true);
  });
});

describe('positionAt', () => {
  it('counts LF, CRLF and lone CR as line ends, with 1-based columns', () => {
    const text = 'ab\ncd\r\nef\rgh';
    expect(positionAt(text, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(text, 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt(text, 7)).toEqual({ line: 3, column: 1 });
    expect(positionAt(text, 10)).toEqual({ line: 4, column: 1 });
    expect(positionAt(text, 99)).toEqual({ line: 4, column: 3 });
  });
});

describe('parse error ids', () => {
  it('carry the message id and its values, with the English made from the template', () => {
    const bad = parseRequestText('{"a": True}');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error).toMatchObject({ messageKey: 'literalCase', params: { token: 'True' } });
    expect(bad.error.message).toBe('Unexpected "True": JSON literals are lower case (true, false, null)');
    const array = parseRequestText('[]');
    expect(!array.ok && array.error.messageKey).toBe('notObjectArray');
  });
});
