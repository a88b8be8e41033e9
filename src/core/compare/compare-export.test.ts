import { describe, expect, it } from 'vitest';
import {
  comparisonJson,
  comparisonMarkdown,
  COMPARISON_FORMAT,
  METRIC_LABELS,
  type ComparisonReport,
} from './export';
import { comparisonEnvelope, readSharedComparison } from './share';
import type { ColumnRun } from './types';

const run = (
  patch: Partial<ColumnRun['measures']>,
  status: ColumnRun['status'] = 'completed',
): ColumnRun => ({
  status,
  measures: { eventCount: 10, httpStatus: 200, ...patch },
  eventTypes: { 'response.created': 1 },
  answer: 'Hello | world',
  toolCalls: [],
});

const REPORT: ComparisonReport = {
  createdAt: Date.UTC(2026, 0, 2),
  requestText: '{"model":"gpt-4.1","input":"Hi"}',
  columns: [
    {
      settings: { baseUrl: 'https://relay.example/v1?api_key=sk-secret', model: 'gpt-4o', overrides: '' },
      runs: [run({ ttftMs: 120, totalMs: 900 }), run({ ttftMs: 180, totalMs: 1100 })],
    },
    {
      settings: { baseUrl: 'https://api.example/v1', model: '', overrides: '{"temperature":0}' },
      runs: [run({ ttftMs: 90, totalMs: 1500 })],
    },
  ],
};

describe('comparisonMarkdown', () => {
  it('writes one row per measure, the median and spread, and the best in bold with a word', () => {
    const md = comparisonMarkdown(REPORT);
    const lines = md.trim().split('\n');
    expect(lines[0]).toBe(
      '| Measure | Column 1: gpt-4o @ https://relay.example/v1?api_key=REDACTED | Column 2: https://api.example/v1 |',
    );
    expect(lines[1]).toBe('| --- | --- | --- |');
    expect(md).toContain('| Time to first token | 150 ms (120 ms–180 ms, n=2) | **90 ms** (best) |');
    expect(md).toContain('| Total time | **1.00 s (900 ms–1.10 s, n=2)** (best) | 1.50 s |');
    expect(md).toContain('| HTTP status | 200 | 200 |');
    expect(md).not.toContain('sk-secret');
  });

  it('speaks the words it is given', () => {
    const md = comparisonMarkdown(REPORT, {
      labels: { ...METRIC_LABELS, ttftMs: '首字时间' },
      measure: '指标',
      column: (n) => `第 ${n} 列`,
      best: '最佳',
    });
    expect(md).toContain('| 指标 | 第 1 列: gpt-4o');
    expect(md).toContain('| 首字时间 |');
    expect(md).toContain('(最佳)');
  });
});

describe('comparisonJson', () => {
  it('holds settings, runs and figures, with credential-like URL values masked', () => {
    const json = comparisonJson(REPORT);
    expect(json).not.toContain('sk-secret');
    const data = JSON.parse(json) as {
      columns: Record<string, unknown>[];
      figures: { measure: string; best_columns: number[] }[];
    };
    expect(data).toMatchObject({
      format: COMPARISON_FORMAT,
      version: 1,
      created_at: '2026-01-02T00:00:00.000Z',
      request: { model: 'gpt-4.1', input: 'Hi' },
    });
    expect(data.columns[1]).toMatchObject({
      column: 2,
      base_url: 'https://api.example/v1',
      overrides: '{"temperature":0}',
    });
    expect(data.columns[0]?.runs).toHaveLength(2);
    expect(data.figures.find((f) => f.measure === 'ttftMs')?.best_columns).toEqual([2]);
  });
});

describe('shared comparisons', () => {
  const shared = {
    runs: 3,
    columns: [
      { baseUrl: 'https://a.example/v1?key=sk-1', model: 'm1', overrides: '' },
      { baseUrl: 'https://b.example/v1', model: 'm2', overrides: '{"temperature":1}' },
    ],
  };

  it('round-trips through the envelope with URL secrets masked', () => {
    const envelope = comparisonEnvelope(shared);
    expect(JSON.stringify(envelope)).not.toContain('sk-1');
    const back = readSharedComparison(JSON.parse(JSON.stringify(envelope)) as unknown);
    expect(back).toEqual({
      ok: true,
      value: {
        runs: 3,
        columns: [{ ...shared.columns[0], baseUrl: 'https://a.example/v1?key=REDACTED' }, shared.columns[1]],
      },
    });
  });

  it('refuses hostile or broken comparisons', () => {
    const col = { base_url: 'https://a.example/v1', model: 'm', overrides: '' };
    expect(readSharedComparison({ columns: [col] })).toMatchObject({ ok: false });
    expect(readSharedComparison({ columns: [col, col, col, col, col] })).toMatchObject({ ok: false });
    expect(readSharedComparison({ runs: 0, columns: [col, col] })).toMatchObject({ ok: false });
    expect(readSharedComparison({ runs: 1.5, columns: [col, col] })).toMatchObject({ ok: false });
    expect(
      readSharedComparison({ columns: [col, { ...col, base_url: 'javascript:alert(1)' }] }),
    ).toMatchObject({ ok: false });
    expect(
      readSharedComparison({ columns: [col, { ...col, base_url: 'https://u:p@a.example' }] }),
    ).toMatchObject({ ok: false });
    expect(readSharedComparison({ columns: [col, { ...col, overrides: '[1]' }] })).toMatchObject({
      ok: false,
    });
    expect(readSharedComparison({ columns: [col, { ...col, model: 'x'.repeat(500) }] })).toMatchObject({
      ok: false,
    });
    expect(readSharedComparison('nope')).toMatchObject({ ok: false });
    expect(readSharedComparison({ columns: [col, col] })).toMatchObject({ ok: true, value: { runs: 1 } });
  });
});
