import { describe, expect, it } from 'vitest';
import { minimalReplacement } from './text-diff';

const apply = (before: string, after: string) => {
  const r = minimalReplacement(before, after);
  return r ? before.slice(0, r.start) + r.text + before.slice(r.end) : before;
};

describe('minimalReplacement', () => {
  it('returns null for equal texts', () => {
    expect(minimalReplacement('{"a": 1}', '{"a": 1}')).toBeNull();
  });

  it('replaces only the changed span', () => {
    const before = '{\n  "model": "m",\n  "stream": false\n}';
    const after = '{\n  "model": "m",\n  "stream": true\n}';
    const at = before.indexOf('false');
    // "false" → "true" keeps the shared final "e".
    expect(minimalReplacement(before, after)).toEqual({ start: at, end: at + 4, text: 'tru' });
  });

  it('handles insertions, deletions and repeated characters', () => {
    expect(minimalReplacement('aaaa', 'aaaaaa')).toEqual({ start: 4, end: 4, text: 'aa' });
    expect(minimalReplacement('abcabc', 'abc')).toEqual({ start: 3, end: 6, text: '' });
    expect(minimalReplacement('', 'x')).toEqual({ start: 0, end: 0, text: 'x' });
  });

  it('never cuts a surrogate pair in half', () => {
    const r = minimalReplacement('a😀b', 'a😁b');
    expect(r).toEqual({ start: 1, end: 3, text: '😁' });
    const s = minimalReplacement('😀x', '😀😀x');
    expect(s && '😀x'.slice(0, s.start)).not.toMatch(/[\ud800-\udbff]$/);
  });

  it.each([
    ['{"a":1}', '{"a":1,"b":2}'],
    ['你好世界', '你好，世界'],
    ['👍🏽👍🏽', '👍🏽👍🏿'],
    ['abc', ''],
    ['line\r\nline', 'line\nline'],
  ])('applies back to the target: %j → %j', (before, after) => {
    expect(apply(before, after)).toBe(after);
  });
});
