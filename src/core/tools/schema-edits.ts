/**
 * Builder edits as patches on a JSON Schema: each touches only the keywords it is about, so the
 * user's key order and every keyword the builder does not show survive (lossless round trip).
 * All functions are pure; `root` is the whole schema and `path` points at the node to edit.
 */
import {
  isObject,
  moveItem,
  renameKey,
  reorderKeys,
  stringArray,
  uniqueName,
  withKey,
  withKeys,
  type JsonObject,
} from './json';
import { MANAGED_KEYWORDS, type ParamType } from './schema-model';
import { makeNonNullable, makeNullable } from './nullable';
import { getAt, updateAt, type JsonPath } from './schema-path';

export interface EditOptions {
  /** Strict mode: new objects are closed and every property is listed in `required`. */
  strict: boolean;
}

function editNode(root: unknown, path: JsonPath, fn: (node: JsonObject) => JsonObject): unknown {
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

/** Adds a string property `param_N` to the object at `objPath`, listed in `required`. */
export function addProperty(
  root: unknown,
  objPath: JsonPath,
  _options: EditOptions,
  base = 'param',
): { schema: unknown; name: string } {
  const node = getAt(root, objPath);
  const props = isObject(node) && isObject(node.properties) ? node.properties : {};
  let i = Object.keys(props).length + 1;
  while (`${base}_${i}` in props) i++;
  const name = `${base}_${i}`;
  const schema = editNode(root, objPath, (obj) => {
    const out = withKey(obj, 'properties', {
      ...(isObject(obj.properties) ? obj.properties : {}),
      [name]: { type: 'string' },
    });
    return withKey(out, 'required', [...(stringArray(obj.required) ?? []), name]);
  });
  return { schema, name };
}

/** Renames a property in place (same position) and in `required`. A taken name changes nothing. */
export function renameProperty(root: unknown, objPath: JsonPath, from: string, to: string): unknown {
  return editNode(root, objPath, (obj) => {
    if (!isObject(obj.properties) || !(from in obj.properties) || (to in obj.properties && to !== from))
      return obj;
    let out = withKey(obj, 'properties', renameKey(obj.properties, from, to));
    const req = stringArray(obj.required);
    if (req?.includes(from))
      out = withKey(
        out,
        'required',
        req.map((n) => (n === from ? to : n)),
      );
    return out;
  });
}

/** Removes a property and its `required` entry. */
export function removeProperty(root: unknown, objPath: JsonPath, name: string): unknown {
  return editNode(root, objPath, (obj) => {
    if (!isObject(obj.properties)) return obj;
    let out = withKey(obj, 'properties', withKey(obj.properties, name, undefined));
    const req = stringArray(obj.required);
    if (req?.includes(name))
      out = withKey(
        out,
        'required',
        req.filter((n) => n !== name),
      );
    return out;
  });
}

/** Moves a property within `properties` (key order is output order in strict mode). */
export function moveProperty(root: unknown, objPath: JsonPath, from: number, to: number): unknown {
  return editNode(root, objPath, (obj) => {
    if (!isObject(obj.properties)) return obj;
    return withKey(
      obj,
      'properties',
      reorderKeys(obj.properties, moveItem(Object.keys(obj.properties), from, to)),
    );
  });
}

/** Copies a property right after itself as `<name>_copy`, listed in `required` like the original. */
export function duplicateProperty(root: unknown, objPath: JsonPath, name: string): unknown {
  return editNode(root, objPath, (obj) => {
    if (!isObject(obj.properties) || !(name in obj.properties)) return obj;
    const copy = uniqueName(`${name}_copy`, Object.keys(obj.properties));
    const props: JsonObject = {};
    for (const [k, v] of Object.entries(obj.properties)) {
      props[k] = v;
      if (k === name) props[copy] = structuredClone(v);
    }
    let out = withKey(obj, 'properties', props);
    const req = stringArray(obj.required);
    if (req?.includes(name)) out = withKey(out, 'required', [...req, copy]);
    return out;
  });
}

/**
 * The "Required" checkbox. Outside strict mode it adds or removes the `required` entry. In strict
 * mode every property stays listed, and "not required" compiles to the nullable form instead.
 */
export function setRequired(
  root: unknown,
  objPath: JsonPath,
  name: string,
  required: boolean,
  options: EditOptions,
): unknown {
  return editNode(root, objPath, (obj) => {
    const req = stringArray(obj.required) ?? [];
    const listed = req.includes(name);
    let out = obj;
    if (options.strict || required) {
      if (!listed) out = withKey(out, 'required', [...req, name]);
    } else if (listed) {
      out = withKey(
        out,
        'required',
        req.filter((n) => n !== name),
      );
    }
    if (options.strict && isObject(out.properties)) {
      const child = out.properties[name];
      if (isObject(child)) {
        const next = required ? makeNonNullable(child) : makeNullable(child);
        out = withKey(out, 'properties', withKey(out.properties, name, next));
      }
    }
    return out;
  });
}
