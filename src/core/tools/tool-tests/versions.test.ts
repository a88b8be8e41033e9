import { describe, expect, it } from 'vitest';
import { readToolTests, toolTestsToJson, TOOL_TEST_LIMITS } from './test-file';
import { toolSetHash } from './tool-set-hash';
import type { TestResult } from './types';
import {
  compareVersions,
  keepResults,
  KEPT_VERSIONS,
  previousVersion,
  recordVersion,
  validVersions,
  type VersionRecord,
} from './versions';

let n = 0;
const newId = () => `t${++n}`;

describe('toolSetHash', () => {
  it('ignores key order and formatting, and changes with any schema edit', () => {
    const a = [
      { type: 'function', name: 'f', parameters: { type: 'object', properties: { x: { type: 'string' } } } },
    ];
    const reordered = [
      { parameters: { properties: { x: { type: 'string' } }, type: 'object' }, name: 'f', type: 'function' },
    ];
    expect(toolSetHash(a)).toBe(toolSetHash(reordered));
    expect(toolSetHash(a)).toMatch(/^[0-9a-f]{12}$/);
    const edited = [{ ...a[0], parameters: { type: 'object', properties: { x: { type: 'integer' } } } }];
    expect(toolSetHash(edited)).not.toBe(toolSetHash(a));
    expect(toolSetHash(undefined)).toBe(toolSetHash([]));
  });
});

describe('tests in files', () => {
  it('round-trip through the file form', () => {
    const json = [
      { name: 'weather', input: 'Weather?', expect: ['get_weather'] },
      {
        input: [{ role: 'user', content: 'Mail Ann' }],
        expect: [{ name: 'send_email', match: { to: 'ann' }, schema: { required: ['to'] } }],
      },
      { input: 'joke', expect: [] },
    ];
    const read = readToolTests(json, 'Preset 1', newId);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.tests[1]).toMatchObject({ expect: [{ name: 'send_email', match: { to: 'ann' } }] });
    expect(toolTestsToJson(read.value.tests)).toEqual(json);
  });

  it('refuses malformed and oversized tests, listing every problem, and drops unknown fields', () => {
    const bad = readToolTests(
      [
        { input: '', expect: 'f' },
        { input: 'x'.repeat(TOOL_TEST_LIMITS.inputChars + 1), expect: [{ name: 'f', schema: 3, extra: 1 }] },
        7,
      ],
      'Preset 2',
      newId,
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error).toEqual([
      'Preset 2, test 1: "input" is empty.',
      'Preset 2, test 1: "expect" must be a list of function names ([] for none).',
      `Preset 2, test 2: "input" is longer than ${TOOL_TEST_LIMITS.inputChars} characters.`,
      'Preset 2, test 2, expected call 1: unknown field "extra".',
      'Preset 2, test 2, expected call 1: "schema" must be a JSON Schema object.',
      'Preset 2, test 3: must be an object with "input" and "expect".',
    ]);
    expect(
      readToolTests(new Array(TOOL_TEST_LIMITS.tests + 1).fill({ input: 'a', expect: [] }), 'P', newId).ok,
    ).toBe(false);
    const warned = readToolTests([{ input: 'a', expect: [], api_key: 'sk-x' }], 'P', newId);
    expect(warned.ok && warned.value.warnings).toEqual(['P, test 1: ignored the unknown field "api_key".']);
  });
});

describe('before and after', () => {
  const result = (testId: string, passed: number, total: number): TestResult => ({
    testId,
    passed,
    total,
    pass: passed === total,
    runs: Array.from({ length: total }, (_, i) => ({
      pass: i < passed,
      calls: [],
      reasons: i < passed ? [] : [{ code: 'missing' as const, names: ['f'] }],
    })),
  });

  it('keeps results per tool-set version and says what got better or worse', () => {
    const v1: VersionRecord = {
      hash: 'aaa',
      at: 1,
      results: { editor: keepResults([result('x', 1, 2), result('y', 2, 2)]) },
    };
    expect(v1.results.editor?.x).toEqual({
      passed: 1,
      runs: 2,
      why: { key: 'missing', values: { names: 'f' } },
    });
    const v2: VersionRecord = {
      hash: 'bbb',
      at: 2,
      results: { editor: keepResults([result('x', 2, 2), result('y', 0, 2), result('z', 1, 1)]) },
    };
    let history = recordVersion(recordVersion([], v1), v2);
    expect(previousVersion(history, 'bbb')?.hash).toBe('aaa');
    expect(compareVersions(previousVersion(history, 'bbb')?.results.editor, v2.results.editor!)).toEqual({
      better: 1,
      worse: 1,
      same: 0,
      new: 1,
    });
    // Re-running a version replaces its record; the history stays bounded.
    history = recordVersion(history, { ...v1, at: 3 });
    expect(history.map((v) => v.hash)).toEqual(['aaa', 'bbb']);
    for (let i = 0; i < 20; i++) history = recordVersion(history, { hash: `h${i}`, at: 10 + i, results: {} });
    expect(history).toHaveLength(KEPT_VERSIONS);
  });

  it('reads only well-formed records from storage', () => {
    expect(validVersions('x')).toEqual([]);
    expect(
      validVersions([
        {
          hash: 'a',
          at: 1,
          results: { e: { t: { passed: 1, runs: 1 }, u: { passed: 3, runs: 1 }, v: 'x' } },
        },
        { hash: 2 },
      ]),
    ).toEqual([{ hash: 'a', at: 1, results: { e: { t: { passed: 1, runs: 1 } } } }]);
  });
});
