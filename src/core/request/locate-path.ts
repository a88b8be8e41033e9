import { parseTree, type Node } from 'jsonc-parser';
import type { RequestPath } from './edit-request';

/** A span of the request text: UTF-16 offsets, like Monaco's model offsets. */
export interface TextSpan {
  offset: number;
  length: number;
}

/**
 * Finds where paths point in one JSON text (parsed once, for many paths). A path to a string,
 * number, boolean or null spans that value; a path to an object or array spans its property name
 * when it has one (underlining a whole schema would bury the text), else its opening bracket.
 * Returns undefined for a path the text does not have, or when the text is not JSON.
 */
export function pathLocator(text: string): (path: RequestPath) => TextSpan | undefined {
  const root = parseTree(text, [], { disallowComments: true });
  return (path) => {
    if (!root) return undefined;
    const node = nodeAt(root, path);
    return node ? spanOf(node) : undefined;
  };
}

/** Like jsonc-parser's findNodeAtLocation, but a number also names an object key ("0"). */
function nodeAt(root: Node, path: RequestPath): Node | undefined {
  let node: Node | undefined = root;
  for (const seg of path) {
    if (!node) return undefined;
    if (node.type === 'array') {
      node = typeof seg === 'number' ? node.children?.[seg] : undefined;
    } else if (node.type === 'object') {
      // The last of duplicate keys: JSON.parse (and so the linter) keeps that one.
      const property: Node | undefined = node.children?.findLast(
        (p) => p.children?.[0]?.value === String(seg),
      );
      node = property?.children?.[1];
    } else {
      return undefined;
    }
  }
  return node;
}

function spanOf(node: Node): TextSpan {
  if (node.type !== 'object' && node.type !== 'array') return { offset: node.offset, length: node.length };
  const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  return key ? { offset: key.offset, length: key.length } : { offset: node.offset, length: 1 };
}

/**
 * A JSON Pointer (RFC 6901) as a path: `~1` is `/` and `~0` is `~`; segments of digits are array
 * indexes (a numeric property name still resolves: the locator matches object keys as strings).
 */
export function pointerToPath(pointer: string): RequestPath | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => {
      const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^(0|[1-9]\d*)$/.test(seg) ? Number(seg) : seg;
    });
}

/** Where a JSON Pointer points in `text` (see {@link pathLocator}), or undefined. */
export function locatePointer(text: string, pointer: string): TextSpan | undefined {
  const path = pointerToPath(pointer);
  return path ? pathLocator(text)(path) : undefined;
}
