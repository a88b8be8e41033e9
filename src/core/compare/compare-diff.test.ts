import { describe, expect, it } from 'vitest';
import { diffAnswers, WORD_DIFF_CHARS } from './answer-diff';
import { countEventType, diffEventTypes, MAX_EVENT_TYPES } from './event-diff';
import { alignToolCalls, canonicalJson } from './tool-calls';

const joined = (segments: { kind: string; text: string }[], keep: string) =>
  segments
    .filter((s) => s.kind === 'same' || s.kind === keep)
    .map((s) => s.text)
    .join('');

describe('diffAnswers', () => {
  it('finds the words only in one answer, and rebuilds either answer from its segments', () => {
    const a = 'The capital of France is Paris.';
    const b = 'The capital of France is Lyon, obviously.';
    const diff = diffAnswers(a, b);
    expect(diff.mode).toBe('words');
    expect(diff.identical).toBe(false);
    expect(diff.segments.filter((s) => s.kind === 'removed').map((s) => s.text.trim())).toEqual(['Paris']);
    expect(
      diff.segments
        .filter((s) => s.kind === 'added')
        .map((s) => s.text)
        .join(''),
    ).toContain('Lyon');
    expect(joined(diff.segments, 'removed')).toBe(a);
    expect(joined(diff.segments, 'added')).toBe(b);
  });

  it('says identical answers are identical', () => {
    expect(diffAnswers('same text', 'same text')).toMatchObject({ identical: true, removed: 0, added: 0 });
    expect(diffAnswers('', '')).toMatchObject({ identical: true, segments: [] });
  });

  it('splits Chinese into words, not one token per run of characters', () => {
    const diff = diffAnswers('你好，世界', '你好，朋友');
    const same = diff.segments
      .filter((s) => s.kind === 'same')
      .map((s) => s.text)
      .join('');
    expect(same).toContain('你好');
  });

  it('goes line by line for long answers', () => {
    const line = 'word '.repeat(20);
    const a = Array.from({ length: 100 }, (_, i) => `${i} ${line}`).join('\n');
    const b = a.replace('50 word', '50 changed');
    expect(a.length).toBeGreaterThan(WORD_DIFF_CHARS);
    const diff = diffAnswers(a, b);
    expect(diff).toMatchObject({ mode: 'lines', removed: 1, added: 1 });
  });

  it('gives up on answers that differ everywhere instead of holding the page', () => {
    const a = Array.from({ length: 1200 }, (_, i) => `line a${i}`).join('\n');
    const b = Array.from({ length: 1200 }, (_, i) => `line b${i}`).join('\n');
    expect(diffAnswers(a, b)).toMatchObject({ mode: 'too-different', segments: [] });
  });
});

describe('event types', () => {
  it('lists the types only one stream sent and the counts that differ', () => {
    const a = { 'response.created': 1, 'response.output_text.delta': 40, 'response.completed': 1 };
    const b = { 'response.created': 1, 'response.output_text.delta': 38, keepalive: 3 };
    expect(diffEventTypes(a, b)).toEqual({
      onlyA: ['response.completed'],
      onlyB: ['keepalive'],
      counts: [{ type: 'response.output_text.delta', a: 40, b: 38 }],
    });
  });

  it('counts types safely and boundedly, untyped frames included', () => {
    const counts = new Map<string, number>();
    countEventType(counts, '__proto__');
    countEventType(counts, '__proto__');
    countEventType(counts, undefined);
    expect([...counts]).toEqual([
      ['__proto__', 2],
      ['(no type)', 1],
    ]);
    for (let i = 0; i < MAX_EVENT_TYPES + 50; i++) countEventType(counts, `t${i}`);
    expect(counts.size).toBe(MAX_EVENT_TYPES + 1);
    expect(counts.get('(other)')).toBeGreaterThan(0);
  });

  it('diffs records holding a __proto__ type as a plain name', () => {
    const a = Object.fromEntries([['__proto__', 1]]) as Record<string, number>;
    expect(diffEventTypes(a, {})).toEqual({ onlyA: ['__proto__'], onlyB: [], counts: [] });
  });
});

describe('alignToolCalls', () => {
  const call = (name: string, args: string, callId = `c_${name}`) => ({
    callId,
    name,
    type: 'function_call' as const,
    arguments: args,
  });

  it('puts the same function on one row, its second call on another, a missing one as undefined', () => {
    const rows = alignToolCalls([
      [call('get_weather', '{"city":"Paris","unit":"c"}'), call('get_weather', '{"city":"Lyon"}')],
      [call('get_weather', '{ "unit": "c", "city": "Paris" }'), call('get_time', '{}')],
    ]);
    expect(
      rows.map((r) => [r.name, r.occurrence, r.calls.map((c) => c !== undefined), r.sameArguments]),
    ).toEqual([
      ['get_weather', 0, [true, true], true],
      ['get_weather', 1, [true, false], false],
      ['get_time', 0, [false, true], false],
    ]);
  });

  it('compares JSON arguments ignoring key order and spacing, other text as is', () => {
    expect(canonicalJson('{"b":1,"a":{"d":2,"c":[{"f":1,"e":2}]}}')).toBe(
      '{"a":{"c":[{"e":2,"f":1}],"d":2},"b":1}',
    );
    expect(canonicalJson('{"a":')).toBe('{"a":');
  });
});
