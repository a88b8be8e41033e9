/**
 * Builder edits as patches on a JSON Schema: each touches only the keywords it is about, so the
 * user's key order and every keyword the builder does not show survive (lossless round trip).
 * All functions are pure; `root` is the whole schema and `path` points at the node to edit.
 */
import { isObject, withKey, withKeys, type JsonObject } from '../json';
import { MANAGED_KEYWORDS, type ParamType } from './schema-model';
import { updateAt, type JsonPath } from './schema-path';

export interface EditOptions {
  /** Strict mode: new objects are closed and every property is listed in `required`. */
  strict: boolean;
}

export function editNode(root: unknown, path: JsonPath, fn: (node: JsonObject) => JsonObject): unknown {
  return updateAt(root, path, (node) => fn(isObject(node) ? node : {}));
}

const COMBINATORS = ['$ref', 'anyOf', 'oneOf', 'allOf'];

/** Sets the node's type, keeping nullability, and adds or drops the structure the type needs. */
export function setType(root: unknown, path: JsonPath, type: ParamType, options: EditOptions): unknown {
  return editNode(root, path, (node) => {
    const wasNullable = nodeIsNullable(node);
    let out = node;
    for (const k of COMBINATORS) out = withKey(out, k, undefined);
    out = withKey(out, 'type', nextType(node.type, type, wasNullable));
    if (type !== 'object')
      out = withKeys(out, { properties: undefined, required: undefined, additionalProperties: undefined });
    if (type !== 'array') out = withKey(out, 'items', undefined);
    if (type === 'object') {
      if (!isObject(out.properties)) out = withKey(out, 'properties', {});
      if (options.strict) {
        if (!Array.isArray(out.required)) out = withKey(out, 'required', []);
        if (!('additionalProperties' in out)) out = withKey(out, 'additionalProperties', false);
      }
    }
    if (type === 'array' && out.items === undefined) out = withKey(out, 'items', { type: 'string' });
    if (Array.isArray(out.enum) && !out.enum.every((v) => v === null || fitsType(v, type)))
      out = withKey(out, 'enum', undefined);
    if ('default' in out && out.default !== null && !fitsType(out.default, type))
      out = withKey(out, 'default', undefined);
    return out;
  });
}

/** The new `type` value: keeps the position of "null" in a type array, as the user wrote it. */
function nextType(old: unknown, type: ParamType, nullable: boolean): unknown {
  if (Array.isArray(old) && old.includes('null')) {
    const mapped = (old as unknown[]).map((x) => (x === 'null' ? x : type));
    return mapped.filter((x, i) => mapped.indexOf(x) === i);
  }
  return nullable ? [type, 'null'] : type;
}

function nodeIsNullable(node: JsonObject): boolean {
  const t = node.type;
  return (
    t === 'null' ||
    (Array.isArray(t) && t.includes('null')) ||
    (Array.isArray(node.anyOf) && node.anyOf.some((b) => isObject(b) && b.type === 'null'))
  );
}

/** Whether a JSON value is an instance of a builder type. */
export function fitsType(value: unknown, type: ParamType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
  }
}

/** Sets `description`; an empty text removes the keyword. */
export function setDescription(root: unknown, path: JsonPath, text: string): unknown {
  return editNode(root, path, (node) => withKey(node, 'description', text === '' ? undefined : text));
}

/** Sets `enum` (undefined removes it). */
export function setEnum(root: unknown, path: JsonPath, values: unknown[] | undefined): unknown {
  return editNode(root, path, (node) => withKey(node, 'enum', values));
}

/** Sets `default` (`undefined` removes it; `{value: null}` sets a null default). */
export function setDefault(root: unknown, path: JsonPath, value: { value: unknown } | undefined): unknown {
  return editNode(root, path, (node) => withKey(node, 'default', value?.value));
}

/**
 * Replaces the node's extra keywords (those without a control) with `extras`, keeping the
 * position of every key that stays. Managed keywords present in `extras` are set too; managed
 * keywords absent from it are left alone, since the raw editor does not show them.
 */
export function setExtras(root: unknown, path: JsonPath, extras: JsonObject): unknown {
  return editNode(root, path, (node) => {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(node)) {
      if (k in extras) out[k] = extras[k];
      else if (MANAGED_KEYWORDS.includes(k)) out[k] = v;
    }
    for (const [k, v] of Object.entries(extras)) if (!(k in out)) out[k] = v;
    return out;
  });
}

/** The node's extra keywords as an object (what the raw editor shows). */
export function extrasOf(node: unknown): JsonObject {
  const out: JsonObject = {};
  if (isObject(node))
    for (const [k, v] of Object.entries(node)) if (!MANAGED_KEYWORDS.includes(k)) out[k] = v;
  return out;
}
