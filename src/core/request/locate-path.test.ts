import { describe, expect, it } from 'vitest';
import { locatePointer, pathLocator, pointerToPath } from './locate-path';

const text = `{
  "model": "m",
  "tools": [
    {
      "type": "function",
      "name": "bad name",
      "parameters": { "type": "object", "properties": { "a/b": { "type": "string" }, "0": {} } }
    }
  ]
}`;
const at = (span: { offset: number; length: number } | undefined) =>
  span && text.slice(span.offset, span.offset + span.length);

describe('pathLocator', () => {
  const locate = pathLocator(text);

  it('spans a scalar value', () => {
    expect(at(locate(['tools', 0, 'name']))).toBe('"bad name"');
    expect(at(locate(['model']))).toBe('"m"');
  });

  it('spans the property name of an object or array, else its opening bracket', () => {
    expect(at(locate(['tools', 0, 'parameters']))).toBe('"parameters"');
    expect(at(locate(['tools']))).toBe('"tools"');
    expect(at(locate(['tools', 0]))).toBe('{');
    expect(at(locate([]))).toBe('{');
  });

  it('matches numeric segments against object keys too', () => {
    expect(at(locate(['tools', 0, 'parameters', 'properties', 0]))).toBe('"0"');
  });

  it('returns undefined for a missing path or text that is not JSON', () => {
    expect(locate(['tools', 3])).toBeUndefined();
    expect(locate(['model', 'x'])).toBeUndefined();
    expect(pathLocator('{"a": ')(['a'])).toBeUndefined();
    expect(pathLocator('')([])).toBeUndefined();
  });

  it('points at the last of duplicate keys, the one JSON.parse keeps', () => {
    const dup = '{"a": 1, "a": 2}';
    const span = pathLocator(dup)(['a']);
    expect(span && dup.slice(span.offset, span.offset + span.length)).toBe('2');
  });

  it('counts offsets in UTF-16 code units, like Monaco', () => {
    const emoji = '{"😀": "x", "k": "v"}';
    expect(pathLocator(emoji)(['k'])).toEqual({ offset: emoji.indexOf('"v"'), length: 3 });
  });
});

describe('JSON Pointers', () => {
  it('decode ~1 and ~0 and read digits as indexes', () => {
    expect(pointerToPath('')).toEqual([]);
    expect(pointerToPath('/tools/0/a~1b/c~0d/01')).toEqual(['tools', 0, 'a/b', 'c~d', '01']);
    expect(pointerToPath('tools')).toBeUndefined();
  });

  it('locate in the text', () => {
    expect(at(locatePointer(text, '/tools/0/parameters/properties/a~1b/type'))).toBe('"string"');
    expect(locatePointer(text, '/nope')).toBeUndefined();
  });
});
