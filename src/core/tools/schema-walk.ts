import { isObject } from '../json';
import type { JsonPath } from './schema-path';

export interface WalkedNode {
  node: unknown;
  /** Path from the schema root. */
  path: JsonPath;
  /** The keyword the node sits under (`properties`, `items`, `anyOf`, …); undefined at the root. */
  keyword?: string;
  /** Object and array levels from the root down to and including this node (root object = 1). */
  depth: number;
}

const MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const LISTS = ['anyOf', 'oneOf', 'allOf', 'prefixItems'];
const SINGLES = [
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'additionalItems',
  'unevaluatedItems',
  'unevaluatedProperties',
];

/** Object or array level of a node, for nesting depth. */
function isLevel(node: unknown): boolean {
  if (!isObject(node)) return false;
  const t = node.type;
  const types = Array.isArray(t) ? t : [t];
  return (
    types.includes('object') ||
    types.includes('array') ||
    isObject(node.properties) ||
    node.items !== undefined
  );
}

/**
 * Visits every subschema of a JSON Schema: properties, items (single and tuple), combinators,
 * definitions, and the other schema-valued keywords. Literal payloads (`enum`, `const`, `default`)
 * are not schemas and are not visited.
 */
export function walkSchema(root: unknown, visit: (n: WalkedNode) => void): void {
  const go = (node: unknown, path: JsonPath, keyword: string | undefined, parentDepth: number) => {
    // Definitions are reached by reference, not by nesting: they start a new count.
    const depth =
      (keyword === '$defs' || keyword === 'definitions' ? 0 : parentDepth) + (isLevel(node) ? 1 : 0);
    visit({ node, path, keyword, depth });
    if (!isObject(node)) return;
    for (const kw of MAPS) {
      const map = node[kw];
      if (isObject(map)) for (const [k, child] of Object.entries(map)) go(child, [...path, kw, k], kw, depth);
    }
    for (const kw of LISTS) {
      const list = node[kw];
      if (Array.isArray(list)) list.forEach((child, i) => go(child, [...path, kw, i], kw, depth));
    }
    if (Array.isArray(node.items))
      node.items.forEach((child, i) => go(child, [...path, 'items', i], 'items', depth));
    else if (node.items !== undefined) go(node.items, [...path, 'items'], 'items', depth);
    if (isObject(node.additionalProperties))
      go(node.additionalProperties, [...path, 'additionalProperties'], 'additionalProperties', depth);
    for (const kw of SINGLES) {
      // `additionalItems: false` is a flag on its array, not a subschema.
      if (node[kw] !== undefined && !(kw === 'additionalItems' && typeof node[kw] === 'boolean')) {
        go(node[kw], [...path, kw], kw, depth);
      }
    }
  };
  go(root, [], undefined, 0);
}

/** Resolves a local `$ref` (`#`, `#/$defs/x`, `#/definitions/x`, any JSON Pointer) against the root. */
export function resolveRef(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  const pointer = decodeURIComponent(ref.slice(1));
  if (pointer === '') return root;
  if (!pointer.startsWith('/')) return undefined;
  let node = root;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = node[Number(seg)];
    else if (isObject(node) && Object.prototype.hasOwnProperty.call(node, seg)) node = node[seg];
    else return undefined;
  }
  return node;
}
