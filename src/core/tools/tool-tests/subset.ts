import { isObject } from '../../json';

/** Where `actual` departs from `expected`: a JSON Pointer and both values there. */
export interface SubsetMismatch {
  path: string;
  expected: unknown;
  /** `undefined` when the property is missing. */
  actual: unknown;
}

/**
 * Whether `actual` contains `expected`: objects by subset (every expected key present, recursively;
 * extra keys are fine), lists item by item with the same length, everything else by equality
 * (`1` equals `1.0`). Returns the first mismatch, or undefined when `actual` contains `expected`.
 */
export function subsetMismatch(expected: unknown, actual: unknown, path = ''): SubsetMismatch | undefined {
  if (isObject(expected)) {
    if (!isObject(actual)) return { path, expected, actual };
    for (const [key, value] of Object.entries(expected)) {
      const here = `${path}/${escapePointer(key)}`;
      if (!Object.prototype.hasOwnProperty.call(actual, key))
        return { path: here, expected: value, actual: undefined };
      const inner = subsetMismatch(value, actual[key], here);
      if (inner) return inner;
    }
    return undefined;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return { path, expected, actual };
    for (let i = 0; i < expected.length; i++) {
      const inner = subsetMismatch(expected[i], actual[i], `${path}/${i}`);
      if (inner) return inner;
    }
    return undefined;
  }
  return expected === actual ? undefined : { path, expected, actual };
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
