/** The figures table of a comparison: one row per measure, one cell per column, the best marked. */
import { spreadOf, type Spread } from './stats';
import type { ColumnRun } from './types';

export type NumericMetric =
  | 'ttftMs'
  | 'totalMs'
  | 'tokensPerSecond'
  | 'inputTokens'
  | 'cachedTokens'
  | 'outputTokens'
  | 'reasoningTokens'
  | 'eventCount'
  | 'cost';
export type MetricId = NumericMetric | 'httpStatus' | 'requestId';

/** Which way is better, for the measures where one is (token counts mostly just differ). */
export const BETTER: Partial<Record<MetricId, 'lower' | 'higher'>> = {
  ttftMs: 'lower',
  totalMs: 'lower',
  tokensPerSecond: 'higher',
  cachedTokens: 'higher',
  cost: 'lower',
};

export const METRICS: readonly MetricId[] = [
  'ttftMs',
  'totalMs',
  'tokensPerSecond',
  'inputTokens',
  'cachedTokens',
  'outputTokens',
  'reasoningTokens',
  'eventCount',
  'cost',
  'httpStatus',
  'requestId',
];

export interface MetricCell {
  /** Numeric measures: over the column's runs. */
  spread?: Spread;
  /** HTTP status and request id: the distinct values the runs got, in order. */
  texts?: string[];
}

export interface MetricRow {
  id: MetricId;
  better?: 'lower' | 'higher';
  cells: MetricCell[];
  /** Columns holding the best value (ties share it); empty when no direction or nothing to choose. */
  best: number[];
}

const SUCCESS = new Set(['completed', 'incomplete']);

/**
 * The rows of the figures table. Timings, tokens and cost count only runs that got an answer
 * (completed or incomplete): a 401 is fast but not better. The event count and the HTTP facts
 * count every run. Numeric cells hold the median and the spread of the runs.
 *
 * @param columns each column's finished runs, in column order
 */
export function compareTable(columns: readonly (readonly ColumnRun[])[]): MetricRow[] {
  return METRICS.map((id) => {
    const cells = columns.map((runs) => cellOf(id, runs));
    const better = BETTER[id];
    const best = better
      ? bestColumns(
          cells.map((c) => c.spread?.median),
          better,
        )
      : [];
    return better ? { id, better, cells, best } : { id, cells, best };
  });
}

function cellOf(id: MetricId, runs: readonly ColumnRun[]): MetricCell {
  if (id === 'httpStatus' || id === 'requestId') {
    const texts = runs
      .map((r) => r.measures[id])
      .filter((v) => v !== undefined)
      .map(String);
    return texts.length > 0 ? { texts: [...new Set(texts)] } : {};
  }
  const counted = id === 'eventCount' ? runs : runs.filter((r) => SUCCESS.has(r.status));
  const spread = spreadOf(counted.map((r) => r.measures[id]));
  return spread ? { spread } : {};
}

/**
 * The indexes holding the best value, ties included. Empty when fewer than two values exist or
 * when every value is the same (nothing stands out).
 */
export function bestColumns(values: readonly (number | undefined)[], better: 'lower' | 'higher'): number[] {
  const present = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (present.length < 2) return [];
  const target = better === 'lower' ? Math.min(...present) : Math.max(...present);
  if (present.every((v) => v === target)) return [];
  return values.flatMap((v, i) => (v === target ? [i] : []));
}
