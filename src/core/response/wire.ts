/**
 * Loose readers for wire JSON. Relays drop, rename and retype fields, so the reducer reads every
 * event through these instead of trusting the SDK types.
 */

/** A finite number, or undefined. */
export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A non-negative integer index, or undefined. */
export function index(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A string field, or `''` when absent: the base that deltas append to. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * An error field as a display string. Relays send numbers for `code` and LiteLLM sends the string
 * `"None"` for null; both are normalised here.
 */
export function errorField(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string' || value === '' || value === 'None') return undefined;
  return value;
}
