import { describe, expect, it } from 'vitest';
import { formatRequestText } from './format-request';

describe('formatRequestText', () => {
  it('indents by two spaces, one property per line', () => {
    expect(formatRequestText('{"model":"m","input":[{"role":"user","content":"hi"}]}')).toBe(
      '{\n  "model": "m",\n  "input": [\n    {\n      "role": "user",\n      "content": "hi"\n    }\n  ]\n}',
    );
  });

  it('changes only whitespace: numbers, strings and key order stay exactly as written', () => {
    const text = '{"b":1.0,"a":12345678901234567890,"s":"  x\\u0041 ","e":1e3,"n":null,"o":{},"l":[]}';
    const formatted = formatRequestText(text);
    expect(formatted).toContain('1.0');
    expect(formatted).toContain('12345678901234567890');
    expect(formatted).toContain('"  x\\u0041 "');
    expect(JSON.parse(formatted)).toEqual(JSON.parse(text));
  });

  it('is stable: formatting a formatted text changes nothing', () => {
    const once = formatRequestText('{ "a" :[1,2 , {"b":true}] }');
    expect(formatRequestText(once)).toBe(once);
  });

  it('keeps CRLF line endings when the text has them', () => {
    expect(formatRequestText('{\r\n"a":1,"b":2}')).toBe('{\r\n  "a": 1,\r\n  "b": 2\r\n}');
  });
});
