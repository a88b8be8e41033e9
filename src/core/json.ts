/**
 * The one home of the JSON helpers every layer shares: the object type, the object test, deep
 * equality, and key-order-preserving edits (the tool builder rewrites objects the user wrote).
 */

/** A JSON object as parsed from the wire or the request text. */
export type JsonObject = Record<string, unknown>;

/** True for a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality of two JSON values; object key order does not matter. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

/** The value as a string array, or undefined when it is not one. */
export function stringArray(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
}

/**
 * A copy of `obj` with `key` set to `value` (or removed when `value` is undefined). An existing key
 * keeps its position, so the user's key order survives every edit; a new key goes last.
 */
export function withKey(obj: JsonObject, key: string, value: unknown): JsonObject {
  if (value === undefined) {
    if (!(key in obj)) return obj;
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(obj)) if (k !== key) out[k] = v;
    return out;
  }
  return { ...obj, [key]: value };
}

/** A copy of `obj` with several keys set or removed (see {@link withKey}). */
export function withKeys(obj: JsonObject, changes: JsonObject): JsonObject {
  let out = obj;
  for (const [k, v] of Object.entries(changes)) out = withKey(out, k, v);
  return out;
}

/** A copy of `obj` with the key `from` renamed to `to`, in the same position. */
export function renameKey(obj: JsonObject, from: string, to: string): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(obj)) {
    if (k === to && k !== from) continue;
    out[k === from ? to : k] = v;
  }
  return out;
}

/** A copy of `obj` with its entries in a new order (`order` lists every key once). */
export function reorderKeys(obj: JsonObject, order: string[]): JsonObject {
  const out: JsonObject = {};
  for (const k of order) if (k in obj) out[k] = obj[k];
  return out;
}

/** Moves the element at `from` to `to` in a copy of the array. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length || to < 0 || to >= out.length || from === to) return out;
  const [item] = out.splice(from, 1) as [T];
  out.splice(to, 0, item);
  return out;
}

/** `base`, or `base_2`, `base_3`, … : the first that is not in `taken`. */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}_${i}`)) return `${base}_${i}`;
}
