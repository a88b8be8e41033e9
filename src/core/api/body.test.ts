import { describe, expect, it } from 'vitest';
import { bytes } from '../sse/testing';
import { sniffBody } from './body';

describe('sniffBody', () => {
  const decided: [string, Uint8Array, string, string][] = [
    ['JSON object', bytes('{"id":1}'), 'text/event-stream', 'json'],
    ['JSON after whitespace and BOM', bytes([0xef, 0xbb, 0xbf], ' \r\n\t{'), '', 'json'],
    ['JSON array', bytes('['), 'application/json', 'json'],
    ['HTML', bytes('\n<!DOCTYPE html>'), 'text/event-stream', 'html'],
    ['comment first', bytes(':'), 'text/plain', 'sse'],
    ['data line', bytes('data: {'), 'application/json', 'sse'],
    ['bare data line', bytes('data\n'), '', 'sse'],
    ['event line', bytes('event:'), '', 'sse'],
    ['id line', bytes('id: 1'), '', 'sse'],
    ['retry line', bytes('retry:'), '', 'sse'],
    ['anything under text/event-stream', bytes('x'), 'text/event-stream', 'sse'],
    ['plain text', bytes('404 page not found'), 'text/plain', 'text'],
    ['a word that is not a field', bytes('database down'), '', 'text'],
    ['non-JSON text labelled JSON', bytes('Internal error'), 'application/json; charset=utf-8', 'json'],
  ];
  for (const [name, head, type, kind] of decided) {
    it(`${name} → ${kind}`, () => expect(sniffBody(head, type, false)).toBe(kind));
  }

  it('waits for more bytes while undecided', () => {
    expect(sniffBody(bytes(''), '', false)).toBeUndefined();
    expect(sniffBody(bytes('\n\n  '), 'text/event-stream', false)).toBeUndefined();
    expect(sniffBody(bytes([0xef]), '', false)).toBeUndefined();
    expect(sniffBody(bytes('da'), '', false)).toBeUndefined();
    expect(sniffBody(bytes('dat'), 'text/plain', false)).toBeUndefined();
    expect(sniffBody(bytes('ev'), '', false)).toBeUndefined();
  });

  it('decides at EOF', () => {
    expect(sniffBody(bytes(''), 'text/event-stream', true)).toBe('sse');
    expect(sniffBody(bytes(' \n'), 'application/json', true)).toBe('empty');
    expect(sniffBody(bytes('da'), 'text/plain', true)).toBe('text');
  });
});
