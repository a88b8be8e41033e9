import { describe, expect, it } from 'vitest';
import { initialView } from '../response/reduce';
import type { ResponseView } from '../response/types';
import { costOf, priceFor, runMeasures } from './figures';
import { spreadOf } from './stats';
import { bestColumns, compareTable } from './table';
import type { ColumnRun, RunMeasures } from './types';

function view(patch: Partial<ResponseView>): ResponseView {
  return { ...initialView(), status: 'completed', ...patch };
}

describe('spreadOf', () => {
  it('gives the median (mean of the middle two for an even count), min, max and n', () => {
    expect(spreadOf([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, n: 3 });
    expect(spreadOf([4, 1, 3, 10])).toEqual({ median: 3.5, min: 1, max: 10, n: 4 });
    expect(spreadOf([7])).toEqual({ median: 7, min: 7, max: 7, n: 1 });
  });

  it('skips missing and non-finite values, and has nothing to say about none', () => {
    expect(spreadOf([undefined, NaN, 2, Infinity])).toEqual({ median: 2, min: 2, max: 2, n: 1 });
    expect(spreadOf([])).toBeUndefined();
    expect(spreadOf([undefined])).toBeUndefined();
  });
});

describe('runMeasures', () => {
  it('measures timings, tokens, events and HTTP facts of a run', () => {
    const measures = runMeasures(
      view({
        timings: { startedAt: 1000, headersAt: 1100, firstTokenAt: 1300, endedAt: 3300 },
        usage: { inputTokens: 100, cachedTokens: 40, outputTokens: 50, reasoningTokens: 10 },
        eventCount: 42,
        httpStatus: 200,
        requestId: 'req_1',
      }),
    );
    expect(measures).toMatchObject({
      ttftMs: 300,
      totalMs: 2300,
      tokensPerSecond: 25,
      inputTokens: 100,
      cachedTokens: 40,
      outputTokens: 50,
      reasoningTokens: 10,
      eventCount: 42,
      httpStatus: 200,
      requestId: 'req_1',
    });
    expect(measures.cost).toBeUndefined();
  });

  it('takes the request id from a new-api error message when no header had one', () => {
    const measures = runMeasures(
      view({ status: 'failed', httpStatus: 403, error: { kind: 'http', message: 'x', requestId: '2025' } }),
    );
    expect(measures.requestId).toBe('2025');
    expect(measures.ttftMs).toBeUndefined();
  });

  it('prices a run when the profile has a price for the model', () => {
    const price = { model: 'gpt-x', input: 2, cachedInput: 0.5, output: 8 };
    const measures = runMeasures(
      view({ usage: { inputTokens: 1000, cachedTokens: 400, outputTokens: 500 } }),
      price,
    );
    // 600 fresh × 2 + 400 cached × 0.5 + 500 out × 8, per million
    expect(measures.cost).toBeCloseTo((1200 + 200 + 4000) / 1e6, 12);
  });
});

describe('costOf and priceFor', () => {
  it('bills cached tokens at the input price when no cached price is set', () => {
    expect(
      costOf(
        { inputTokens: 1_000_000, cachedTokens: 500_000, outputTokens: 0 },
        { model: 'm', input: 1, output: 4 },
      ),
    ).toBe(1);
  });

  it('needs input and output counts', () => {
    expect(costOf({ inputTokens: 10 }, { model: 'm', input: 1, output: 1 })).toBeUndefined();
  });

  it('finds a price by exact name, then ignoring case', () => {
    const prices = [
      { model: 'GPT-4o', input: 1, output: 2 },
      { model: 'gpt-4o', input: 3, output: 4 },
    ];
    expect(priceFor(prices, 'gpt-4o')?.input).toBe(3);
    expect(priceFor(prices.slice(0, 1), 'gpt-4o')?.input).toBe(1);
    expect(priceFor(prices, 'other')).toBeUndefined();
    expect(priceFor(undefined, 'gpt-4o')).toBeUndefined();
  });
});

function run(status: ColumnRun['status'], measures: Partial<RunMeasures>): ColumnRun {
  return { status, measures: { eventCount: 0, ...measures }, eventTypes: {}, answer: '', toolCalls: [] };
}

describe('bestColumns', () => {
  it('marks the lowest or highest value, ties included', () => {
    expect(bestColumns([300, 200, 200, 500], 'lower')).toEqual([1, 2]);
    expect(bestColumns([10, 30, undefined], 'higher')).toEqual([1]);
  });

  it('marks nothing when fewer than two values exist or all are equal', () => {
    expect(bestColumns([300, undefined], 'lower')).toEqual([]);
    expect(bestColumns([5, 5], 'lower')).toEqual([]);
  });
});

describe('compareTable', () => {
  it('takes the median of each column, and marks the best where a direction exists', () => {
    const rows = compareTable([
      [
        run('completed', { ttftMs: 100, tokensPerSecond: 50, outputTokens: 10 }),
        run('completed', { ttftMs: 300, tokensPerSecond: 40, outputTokens: 12 }),
      ],
      [run('completed', { ttftMs: 150, tokensPerSecond: 80, outputTokens: 9 })],
    ]);
    const ttft = rows.find((r) => r.id === 'ttftMs')!;
    expect(ttft.cells[0]?.spread).toEqual({ median: 200, min: 100, max: 300, n: 2 });
    expect(ttft.best).toEqual([1]);
    expect(rows.find((r) => r.id === 'tokensPerSecond')!.best).toEqual([1]);
    // Token counts differ between tokenizers: no direction, nothing marked.
    expect(rows.find((r) => r.id === 'outputTokens')!.best).toEqual([]);
  });

  it('does not count failed runs as fast, but counts their events and statuses', () => {
    const rows = compareTable([
      [run('failed', { totalMs: 5, httpStatus: 401, eventCount: 0 })],
      [run('completed', { totalMs: 900, httpStatus: 200, eventCount: 30, requestId: 'req_2' })],
    ]);
    const total = rows.find((r) => r.id === 'totalMs')!;
    expect(total.cells[0]).toEqual({});
    expect(total.best).toEqual([]);
    expect(rows.find((r) => r.id === 'httpStatus')!.cells.map((c) => c.texts)).toEqual([['401'], ['200']]);
    expect(rows.find((r) => r.id === 'eventCount')!.cells[0]?.spread?.median).toBe(0);
    expect(rows.find((r) => r.id === 'requestId')!.cells[1]?.texts).toEqual(['req_2']);
  });
});

describe('savedComparisons', () => {
  it('puts a group back together by column and run, newest comparison first', async () => {
    const { savedComparisons } = await import('./saved');
    const { entry } = await import('../history/testing');
    const g = (id: string, column: number, run: number) => ({ id, column, run, runs: 2 });
    const list = savedComparisons([
      entry('h_5', { group: g('g_old', 1, 0) }),
      entry('h_4', { group: g('g_old', 0, 0) }),
      entry('h_30', { group: g('g_new', 0, 1) }),
      entry('h_20', { group: g('g_new', 0, 0) }),
      entry('h_21', { group: g('g_new', 1, 0) }),
      entry('h_99'),
    ]);
    expect(list.map((s) => s.groupId)).toEqual(['g_new', 'g_old']);
    expect(list[0]?.columns.map((c) => c.map((e) => e.id))).toEqual([['h_20', 'h_30'], ['h_21']]);
    expect(list[0]).toMatchObject({ at: 20, runs: 2 });
  });
});
