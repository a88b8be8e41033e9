import { describe, expect, it } from 'vitest';
import { detectFormatting, removeRequestField, setRequestField } from './edit-request';
import { DEFAULT_REQUEST_TEXT } from './default-request';

const parse = (text: string) => JSON.parse(text) as Record<string, unknown>;

const PRETTY = `{
  "model": "gpt-4.1-mini",
  "input": "Hello",
  "stream": false
}`;

describe('setRequestField', () => {
  it('replaces a value in place, leaving every other byte alone', () => {
    expect(setRequestField(PRETTY, ['stream'], true)).toBe(
      PRETTY.replace('"stream": false', '"stream": true'),
    );
  });

  it('appends a new field after the last one, in the text’s own indentation', () => {
    expect(setRequestField(PRETTY, ['temperature'], 0.2)).toBe(`{
  "model": "gpt-4.1-mini",
  "input": "Hello",
  "stream": false,
  "temperature": 0.2
}`);
  });

  it('uses four-space, tab and CRLF styles when the text does', () => {
    const four = '{\r\n    "model": "m"\r\n}';
    expect(setRequestField(four, ['stream'], true)).toBe('{\r\n    "model": "m",\r\n    "stream": true\r\n}');
    const tabs = '{\n\t"model": "m"\n}';
    expect(setRequestField(tabs, ['text', 'format'], { type: 'json_object' })).toBe(
      '{\n\t"model": "m",\n\t"text": {\n\t\t"format": {\n\t\t\t"type": "json_object"\n\t\t}\n\t}\n}',
    );
  });

  it('keeps key order, odd spacing and unusual formatting elsewhere', () => {
    const odd = '{ "stream":false,"model" :  "m",\n\n  "input":[ 1,2 ] }';
    const out = setRequestField(odd, ['model'], 'gpt-5');
    expect(out).toBe('{ "stream":false,"model" :  "gpt-5",\n\n  "input":[ 1,2 ] }');
  });

  it('creates missing parents and edits nested paths', () => {
    const out = setRequestField(DEFAULT_REQUEST_TEXT, ['reasoning', 'effort'], 'low');
    expect(parse(out)).toEqual({ ...parse(DEFAULT_REQUEST_TEXT), reasoning: { effort: 'low' } });
    const again = setRequestField(out, ['reasoning', 'summary'], 'auto');
    expect(parse(again).reasoning).toEqual({ effort: 'low', summary: 'auto' });
  });

  it('replaces array elements by index and appends past the end', () => {
    const text = '{\n  "tools": [\n    {"type": "web_search"}\n  ]\n}';
    const replaced = setRequestField(text, ['tools', 0], { type: 'file_search', vector_store_ids: [] });
    expect(parse(replaced).tools).toEqual([{ type: 'file_search', vector_store_ids: [] }]);
    const appended = setRequestField(text, ['tools', 1], { type: 'function', name: 'f' });
    expect(parse(appended).tools).toEqual([{ type: 'web_search' }, { type: 'function', name: 'f' }]);
  });

  it('writes non-ASCII text as is', () => {
    const out = setRequestField(PRETTY, ['input'], '你好 👋 "quoted"');
    expect(out).toContain('"input": "你好 👋 \\"quoted\\""');
    expect(parse(out).input).toBe('你好 👋 "quoted"');
  });

  it('returns invalid or non-object text unchanged', () => {
    for (const text of ['{"model": "x",', '{"a": 1} // c', '[1]', '']) {
      expect(setRequestField(text, ['stream'], true)).toBe(text);
    }
  });

  it('returns the text unchanged when the path goes through a scalar, or for undefined/empty paths', () => {
    expect(setRequestField(PRETTY, ['model', 'x'], 1)).toBe(PRETTY);
    expect(setRequestField(PRETTY, ['input', 0], 1)).toBe(PRETTY);
    expect(setRequestField(PRETTY, ['stream'], undefined)).toBe(PRETTY);
    expect(setRequestField(PRETTY, [], {})).toBe(PRETTY);
  });
});

describe('removeRequestField', () => {
  it('removes a field and its comma', () => {
    expect(removeRequestField(PRETTY, ['stream'])).toBe(
      '{\n  "model": "gpt-4.1-mini",\n  "input": "Hello"\n}',
    );
    expect(removeRequestField(PRETTY, ['model'])).toBe('{\n  "input": "Hello",\n  "stream": false\n}');
  });

  it('removes nested fields and array elements', () => {
    const text =
      '{\n  "tools": [\n    {"type": "a"},\n    {"type": "b"}\n  ],\n  "text": {"verbosity": "low"}\n}';
    expect(parse(removeRequestField(text, ['tools', 0])).tools).toEqual([{ type: 'b' }]);
    expect(parse(removeRequestField(text, ['text', 'verbosity'])).text).toEqual({});
  });

  it('leaves text alone when the field is missing or the text is invalid', () => {
    expect(removeRequestField(PRETTY, ['nope'])).toBe(PRETTY);
    expect(removeRequestField('{"a": }', ['a'])).toBe('{"a": }');
  });
});

describe('detectFormatting', () => {
  it('reads indentation and line endings from the text', () => {
    expect(detectFormatting(PRETTY)).toEqual({ insertSpaces: true, tabSize: 2, eol: '\n' });
    expect(detectFormatting('{\r\n    "a": 1\r\n}')).toEqual({ insertSpaces: true, tabSize: 4, eol: '\r\n' });
    expect(detectFormatting('{\n\t"a": 1\n}')).toMatchObject({ insertSpaces: false });
    expect(detectFormatting('{"a": 1}')).toEqual({ insertSpaces: true, tabSize: 2, eol: '\n' });
  });
});
