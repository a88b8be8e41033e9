// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarizeRuns, type RunResult, type ToolTest } from '../../core/tools/tool-tests';
import { i18n, initI18n } from '../../i18n';
import { MatrixTable } from './matrix-table';
import { ResultsTable } from './results-table';

const TESTS: ToolTest[] = [
  { id: 'a', name: 'weather', input: 'Weather?', expect: [{ name: 'get_weather' }] },
  { id: 'b', input: [{ role: 'user', content: 'hi' }], expect: [] },
];
const pass: RunResult = {
  pass: true,
  reasons: [],
  calls: [{ name: 'get_weather', arguments: '{"city":"Paris"}', violations: [] }],
  latencyMs: 120,
  usage: { totalTokens: 30 },
};
const broken: RunResult = {
  pass: false,
  reasons: [
    {
      code: 'invalid-arguments',
      name: 'get_weather',
      violations: [{ path: '/city', message: 'must be string', keyword: 'type' }],
    },
  ],
  calls: [
    {
      name: 'get_weather',
      arguments: '{"city":1}',
      violations: [{ path: '/city', message: 'must be string', keyword: 'type' }],
    },
  ],
};
const silent: RunResult = { pass: false, reasons: [{ code: 'missing', names: ['get_weather'] }], calls: [] };

beforeAll(() => {
  initI18n('en');
});

describe('tool test tables', () => {
  it('Test results: one row per test, pass or fail with why, rate, calls and violations, change', () => {
    render(
      createElement(ResultsTable, {
        tests: TESTS,
        results: [summarizeRuns('a', [pass, broken], 2), summarizeRuns('b', [pass], 1)],
        previous: { a: { passed: 2, runs: 2 } },
        running: false,
      }),
    );
    const rows = within(screen.getByRole('table', { name: 'Test results' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain('weather');
    expect(rows[0]?.textContent).toContain('fail');
    expect(rows[0]?.textContent).toContain('1/2 (50%)');
    expect(rows[0]?.textContent).toContain(
      '1 of 2 runs failed: get_weather arguments break its schema (1): /city must be string',
    );
    expect(rows[0]?.textContent).toContain('✗ /city must be string');
    expect(rows[0]?.textContent).toContain('worse');
    // A test with input items is named by them; it is new since the last version.
    expect(rows[1]?.textContent).toContain('input items (1)');
    expect(rows[1]?.textContent).toContain('pass');
    expect(rows[1]?.textContent).toContain('new');
    expect(rows[1]?.textContent).not.toContain('fail');
  });

  it('Test matrix: one column per target, each cell with its verdict and why', () => {
    render(
      createElement(MatrixTable, {
        tests: TESTS,
        targets: [
          { id: 'editor', label: 'editor' },
          { id: 'col-1', label: 'relay · gpt-4.1' },
        ],
        results: {
          editor: [summarizeRuns('a', [pass], 1), summarizeRuns('b', [pass], 1)],
          'col-1': [summarizeRuns('a', [silent], 1), summarizeRuns('b', [], 1)],
        },
      }),
    );
    const table = screen.getByRole('table', { name: 'Test matrix' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Test', 'Editor connection', 'relay · gpt-4.1']);
    const [first, second] = within(table).getAllByRole('row').slice(1);
    expect(
      within(first!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['pass 1/1', 'fail 0/1not called: get_weather']);
    expect(
      within(second!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['pass 1/1', '–']);
  });
});

describe('tool test tables in Chinese', () => {
  beforeAll(async () => {
    cleanup();
    await i18n.changeLanguage('zh-CN');
  });
  afterAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('say 通过 / 失败 with the reason, the headers and the table name in Chinese', () => {
    const cancelled: RunResult = {
      pass: false,
      reasons: [{ code: 'ended', status: 'cancelled' }],
      calls: [],
    };
    render(
      createElement(ResultsTable, {
        tests: TESTS,
        results: [summarizeRuns('a', [cancelled], 1), summarizeRuns('b', [pass], 1)],
        previous: undefined,
        running: false,
      }),
    );
    const table = screen.getByRole('table', { name: '测试结果' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['测试', '结果', '通过率', '实际调用', '延迟', 'tokens', '原因']);
    const [first, second] = within(table).getAllByRole('row').slice(1);
    expect(first?.textContent).toContain('失败');
    expect(first?.textContent).toContain('运行以 cancelled 状态结束');
    expect(second?.textContent).toContain('通过');
    expect(second?.textContent).toContain('输入项');
  });
});
