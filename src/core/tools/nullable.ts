import { isObject, withKey, withKeys, type JsonObject } from '../json';

/** Keywords that only annotate a schema (kept outside a `$ref` wrapper; allowed next to `$ref`). */
export const ANNOTATIONS: ReadonlySet<string> = new Set([
  'description',
  'title',
  'default',
  'examples',
  '$comment',
  'readOnly',
  'writeOnly',
]);

/**
 * The strict-mode form of "optional": the same schema that also accepts null. `type: T` becomes
 * `[T, "null"]`, an enum gains `null` (or a null answer would fail it), a `$ref` is wrapped in
 * `anyOf: [{$ref}, {type: "null"}]` with its annotations kept outside, an `anyOf` gains a null branch.
 */
export function makeNullable(node: JsonObject): JsonObject {
  let out = node;
  if (typeof out.$ref === 'string') {
    const inner: JsonObject = {};
    const outer: JsonObject = {};
    for (const [k, v] of Object.entries(out)) (ANNOTATIONS.has(k) ? outer : inner)[k] = v;
    return { anyOf: [inner, { type: 'null' }], ...outer };
  }
  const t = out.type;
  if (typeof t === 'string' && t !== 'null') out = withKey(out, 'type', [t, 'null']);
  else if (Array.isArray(t) && !t.includes('null')) out = withKey(out, 'type', [...(t as unknown[]), 'null']);
  else if (t === undefined && Array.isArray(out.anyOf) && !out.anyOf.some(isNullBranch)) {
    out = withKey(out, 'anyOf', [...(out.anyOf as unknown[]), { type: 'null' }]);
  }
  if (Array.isArray(out.enum) && !out.enum.includes(null))
    out = withKey(out, 'enum', [...(out.enum as unknown[]), null]);
  return out;
}

/** Undoes {@link makeNullable}: the schema without its null alternative. */
export function makeNonNullable(node: JsonObject): JsonObject {
  let out = node;
  const t = out.type;
  if (Array.isArray(t) && t.includes('null')) {
    const rest = t.filter((x) => x !== 'null');
    out = withKey(out, 'type', rest.length === 1 ? rest[0] : rest);
  }
  if (Array.isArray(out.enum) && out.enum.includes(null)) {
    out = withKey(
      out,
      'enum',
      out.enum.filter((v) => v !== null),
    );
  }
  if (Array.isArray(out.anyOf) && out.anyOf.some(isNullBranch)) {
    const rest = (out.anyOf as unknown[]).filter((b) => !isNullBranch(b));
    const [only] = rest;
    const othersAreAnnotations = Object.keys(out).every((k) => k === 'anyOf' || ANNOTATIONS.has(k));
    if (rest.length === 1 && isObject(only) && othersAreAnnotations) {
      // The wrapper existed only to add null: unwrap it again, annotations after the branch.
      const annotations = withKey(out, 'anyOf', undefined);
      return withKeys({ ...only }, annotations);
    }
    out = withKey(out, 'anyOf', rest);
  }
  return out;
}

/** `{type: "null"}` as an anyOf branch. */
export function isNullBranch(branch: unknown): boolean {
  return isObject(branch) && branch.type === 'null' && Object.keys(branch).length === 1;
}
