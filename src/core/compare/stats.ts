/** Median and spread of repeated measurements. */

export interface Spread {
  median: number;
  min: number;
  max: number;
  /** How many values were measured. */
  n: number;
}

/**
 * The median, minimum and maximum of the finite values given (undefined and NaN skipped), or
 * undefined when there is none. With an even count the median is the mean of the middle two.
 */
export function spreadOf(values: readonly (number | undefined)[]): Spread | undefined {
  const sorted = values
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return undefined;
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[n - 1]!, n };
}
