import { isObject, withKey, type JsonObject } from '../json';

/** A path into a JSON value: property names and array indexes. */
export type JsonPath = (string | number)[];

/** The value at `path` inside `root`, or undefined when the path does not exist. */
export function getAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (!Array.isArray(node)) return undefined;
      node = node[seg];
    } else {
      if (!isObject(node) || !Object.prototype.hasOwnProperty.call(node, seg)) return undefined;
      node = node[seg];
    }
  }
  return node;
}

/**
 * A copy of `root` with the value at `path` replaced by `update(old)`; only the containers on the
 * path are copied, everything else is shared. `undefined` from `update` removes the key (or array
 * element). Missing parent objects are created.
 */
export function updateAt(root: unknown, path: JsonPath, update: (old: unknown) => unknown): unknown {
  if (path.length === 0) return update(root);
  const [seg, ...rest] = path as [string | number, ...JsonPath];
  if (typeof seg === 'number') {
    const list = Array.isArray(root) ? [...(root as unknown[])] : [];
    const next = updateAt(list[seg], rest, update);
    if (next === undefined) list.splice(seg, 1);
    else list[seg] = next;
    return list;
  }
  const obj: JsonObject = isObject(root) ? root : {};
  return withKey(obj, seg, updateAt(obj[seg], rest, update));
}

/** Whether `path` lies at or under `prefix`. */
export function pathStartsWith(path: JsonPath, prefix: JsonPath): boolean {
  return prefix.every((seg, i) => path[i] === seg);
}

/** `updateAt` that sets a value. */
export function setAt(root: unknown, path: JsonPath, value: unknown): unknown {
  return updateAt(root, path, () => value);
}

/** RFC 6901 JSON Pointer for a path ("" for the root). */
export function toPointer(path: JsonPath): string {
  return path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/**
 * The path as the API spells it in schema errors: `context=('properties', 'foo')`, so a user who
 * got an API error can find the node (the API quotes every segment, indexes included).
 */
export function toApiContext(path: JsonPath): string {
  const parts = path.map((s) => `'${String(s)}'`);
  // A one-element Python tuple keeps its trailing comma: ('items',)
  return `context=(${parts.join(', ')}${parts.length === 1 ? ',' : ''})`;
}
