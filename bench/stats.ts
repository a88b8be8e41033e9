/** Small statistics and the figure record every part of the benchmark reports. */

/** One line of the results table (and one entry of bench/results.json). */
export interface Figure {
  /** Which part of the benchmark: `parser`, `browser`, `paced`, `history` or `core`. */
  group: string;
  name: string;
  value: number;
  unit: string;
  /** Spread over rounds, when `value` is their median. */
  min?: number;
  max?: number;
  /** value / the group's baseline (the floor, or the bare page), when that comparison means something. */
  ratio?: number;
  /** The target as text, e.g. `≤ 1.1× floor`; absent for figures shown for context only. */
  target?: string;
  /** Whether the target is met; absent when there is no target. */
  pass?: boolean;
  note?: string;
}

/** Median, min and max of the values, for a figure measured over rounds. */
export function spread(values: readonly number[]): { value: number; min: number; max: number } {
  return { value: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/** Median of the values (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Percentile by linear interpolation between closest ranks (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = ((sorted.length - 1) * p) / 100;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const a = sorted[low] ?? NaN;
  const b = sorted[high] ?? NaN;
  return a + (b - a) * (rank - low);
}

/** Rounds for display and for results.json: 3 significant digits, at most 2 decimals. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return Number(value.toFixed(digits));
}

/** The figures as an aligned plain-text table. */
export function formatTable(figures: readonly Figure[]): string {
  const header = ['group', 'figure', 'value', 'ratio', 'target', 'ok'];
  const rows = figures.map((f) => [
    f.group,
    f.name,
    `${round(f.value)} ${f.unit}${f.min === undefined || f.max === undefined ? '' : ` [${round(f.min)}–${round(f.max)}]`}`,
    f.ratio === undefined ? '' : `${f.ratio.toFixed(2)}×`,
    f.target ?? '',
    f.pass === undefined ? '' : f.pass ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 2 || i === 3 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const notes = figures.filter((f) => f.note).map((f) => `  ${f.group}/${f.name}: ${f.note}`);
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    ...(notes.length ? ['', 'notes:', ...notes] : []),
  ].join('\n');
}
