import type { JsonObject } from '../../core/response/types';

/** Reads a string field of a wire object, or undefined. */
export function str(obj: JsonObject | undefined, key: string): string | undefined {
  const value = obj?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** Reads an array field of a wire object as objects, skipping anything else. */
export function objects(obj: JsonObject | undefined, key: string): JsonObject[] {
  const value = obj?.[key];
  return Array.isArray(value)
    ? value.filter((v): v is JsonObject => typeof v === 'object' && v !== null)
    : [];
}

export function pretty(value: unknown): string {
  return JSON.stringify(value, null, 2) ?? String(value);
}
