/** Builder edits on an object's properties (lossless patches, see schema-edits.ts). */
import {
  isObject,
  moveItem,
  renameKey,
  reorderKeys,
  stringArray,
  uniqueName,
  withKey,
  type JsonObject,
} from '../json';
import { makeNonNullable, makeNullable } from './nullable';
import { editNode, type EditOptions } from './schema-edits';
import { getAt, type JsonPath } from './schema-path';

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
