/** How measures are written, the same on screen and in exports. */
import type { Spread } from './stats';
import type { MetricCell, MetricId } from './table';

/** `812 ms`, `1.23 s` */
export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** A cost with four significant digits (prices are per million tokens, so one run costs fractions). */
export function formatCost(value: number): string {
  if (value === 0) return '0';
  return value >= 1 ? value.toFixed(2) : value.toPrecision(3);
}

/** One value of a numeric measure. */
export function formatValue(id: MetricId, value: number): string {
  switch (id) {
    case 'ttftMs':
    case 'totalMs':
      return formatMs(value);
    case 'tokensPerSecond':
      return value.toFixed(1);
    case 'cost':
      return formatCost(value);
    case 'inputTokens':
    case 'cachedTokens':
    case 'outputTokens':
    case 'reasoningTokens':
    case 'eventCount':
    case 'httpStatus':
    case 'requestId':
      // Counts; a median of an even number of runs may be a half.
      return Number.isInteger(value) ? String(value) : value.toFixed(1);
  }
}

/** `812 ms` for one run; `812 ms (700 ms–900 ms, n=5)` for several. */
export function formatSpread(id: MetricId, spread: Spread): string {
  const median = formatValue(id, spread.median);
  if (spread.n < 2) return median;
  return `${median} (${formatValue(id, spread.min)}–${formatValue(id, spread.max)}, n=${spread.n})`;
}

/** A table cell as text; `—` when there is nothing to show. */
export function formatCell(id: MetricId, cell: MetricCell): string {
  if (cell.spread) return formatSpread(id, cell.spread);
  if (cell.texts && cell.texts.length > 0) return cell.texts.join(', ');
  return '—';
}
