/**
 * Valibot building blocks for data that comes from storage or files (an edge: anything may be in
 * there). They keep what is well-formed and let the rest fall back, field by field and entry by
 * entry, so one bad value never costs the user everything else they saved.
 */
import * as v from 'valibot';

/** Reads as `undefined` when missing or malformed (instead of failing the whole object). */
export function lenient<S extends v.GenericSchema>(schema: S) {
  return v.fallback(v.optional(schema), undefined);
}

/** An array keeping its well-formed entries (read by `item`) and dropping the rest. */
export function validItems<S extends v.GenericSchema>(item: S) {
  return v.pipe(
    v.array(v.unknown()),
    v.transform((list) =>
      list.flatMap((entry) => {
        const read = v.safeParse(item, entry);
        return read.success ? [read.output] : [];
      }),
    ),
  );
}

/** A string-keyed record keeping the entries whose value is well-formed (read by `value`). */
export function validEntries<S extends v.GenericSchema>(value: S) {
  return v.pipe(
    v.record(v.string(), v.unknown()),
    v.transform((record) => {
      const out: Record<string, v.InferOutput<S>> = {};
      for (const [key, entry] of Object.entries(record)) {
        const read = v.safeParse(value, entry);
        if (read.success) out[key] = read.output;
      }
      return out;
    }),
  );
}

/** A string cut to at most `limit` characters (stored text is bounded, not refused). */
export function clipped(limit: number) {
  return v.pipe(
    v.string(),
    v.transform((text) => text.slice(0, limit)),
  );
}

/** Reads `input` with `schema`, or returns `fallback` when it does not fit at all. */
export function readOr<S extends v.GenericSchema, F = v.InferOutput<S>>(
  schema: S,
  input: unknown,
  fallback: F,
): v.InferOutput<S> | F {
  const read = v.safeParse(schema, input);
  return read.success ? read.output : fallback;
}

/** A copy without the fields that are undefined (what `lenient` reads as absent stays absent). */
export function definedFields<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, x]) => x !== undefined)) as T;
}
