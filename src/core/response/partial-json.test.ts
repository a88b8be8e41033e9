import { describe, expect, it } from 'vitest';
import { parsePartialJson } from './partial-json';

describe('parsePartialJson', () => {
  it('parses complete JSON exactly like JSON.parse', () => {
    for (const text of ['{"a":[1,2,{"b":null}],"c":"\\u4e2d"}', '[]', '"x"', '12.5e3', 'true', ' null ']) {
      expect(parsePartialJson(text)).toEqual(JSON.parse(text));
    }
  });

  it('closes open strings, arrays and objects', () => {
    expect(parsePartialJson('{"city": "Par')).toEqual({ city: 'Par' });
    expect(parsePartialJson('{"a": [1, 2, {"b": "x')).toEqual({ a: [1, 2, { b: 'x' }] });
    expect(parsePartialJson('[[1], [2')).toEqual([[1], [2]]);
    expect(parsePartialJson('"unterminated')).toBe('unterminated');
  });

  it('drops a dangling key, a key without value and a trailing comma', () => {
    expect(parsePartialJson('{"a": 1, "b')).toEqual({ a: 1 });
    expect(parsePartialJson('{"a": 1, "b"')).toEqual({ a: 1 });
    expect(parsePartialJson('{"a": 1, "b":')).toEqual({ a: 1 });
    expect(parsePartialJson('{"a": 1, "b": ')).toEqual({ a: 1 });
    expect(parsePartialJson('{"a": 1,')).toEqual({ a: 1 });
    expect(parsePartialJson('[1, 2,')).toEqual([1, 2]);
    expect(parsePartialJson('{')).toEqual({});
  });

  it('completes or drops truncated numbers and literals', () => {
    expect(parsePartialJson('{"a": 12')).toEqual({ a: 12 });
    expect(parsePartialJson('{"a": 1.')).toEqual({ a: 1 });
    expect(parsePartialJson('{"a": 1.5e')).toEqual({ a: 1.5 });
    expect(parsePartialJson('{"a": -')).toEqual({});
    expect(parsePartialJson('[tr')).toEqual([true]);
    expect(parsePartialJson('{"x": fa')).toEqual({ x: false });
    expect(parsePartialJson('{"x": n')).toEqual({ x: null });
  });

  it('never cuts an escape in half', () => {
    expect(parsePartialJson('{"s": "a\\')).toEqual({ s: 'a' });
    expect(parsePartialJson('{"s": "a\\u4e')).toEqual({ s: 'a' });
    expect(parsePartialJson('{"s": "a\\n')).toEqual({ s: 'a\n' });
    expect(parsePartialJson('{"s": "中文 👋')).toEqual({ s: '中文 👋' });
  });

  it('works on every prefix of real arguments', () => {
    const full = '{"operation":"add","a":123.5,"b":456.7,"tags":["x","y"],"ok":true}';
    for (let i = 0; i <= full.length; i++) {
      const value = parsePartialJson(full.slice(0, i));
      if (i > 0) expect(typeof value).toBe('object');
    }
    expect(parsePartialJson(full)).toEqual(JSON.parse(full));
  });

  it('returns undefined for empty text and for text that can never be JSON', () => {
    for (const text of ['', '   ', '{"a" 1', '{a: 1}', 'hello', '[1 2]', '{"a": 1} x', '{"a": tx']) {
      expect(parsePartialJson(text), text).toBeUndefined();
    }
  });
});
