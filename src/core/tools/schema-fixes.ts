import { isObject, renameKey, withKey, type JsonObject } from '../json';

/** A tool or format name made valid: allowed characters only, 1–64 long. */
export function slugifyName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[^a-zA-Z0-9_-]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 64);
  return slug === '' ? 'unnamed' : slug;
}

/**
 * Removes an unsupported keyword and keeps what it said as text in `description`, so the model
 * still reads the constraint (the pydantic-ai approach) instead of it being dropped silently.
 */
export function moveToDescription(node: JsonObject, keyword: string): JsonObject {
  const note = `${keyword}: ${JSON.stringify(node[keyword])}`;
  const description =
    typeof node.description === 'string' && node.description !== '' ? `${node.description} (${note})` : note;
  return withKey(withKey(node, keyword, undefined), 'description', description);
}

/** The empty strict object schema, a fresh copy each time. */
export function emptyObjectSchema(): JsonObject {
  return { type: 'object', properties: {}, required: [], additionalProperties: false };
}

/** Wraps a schema that cannot be a root (array, primitive, anyOf) as the property `result` of an object. */
export function wrapInObject(schema: unknown): JsonObject {
  let inner = schema;
  let defs: JsonObject = {};
  // Definitions must stay at the root, where `#/$defs/…` pointers look for them.
  if (isObject(schema)) {
    const obj = schema;
    for (const k of ['$defs', 'definitions']) if (k in obj) defs = { ...defs, [k]: obj[k] };
    inner = withKey(withKey(obj, '$defs', undefined), 'definitions', undefined);
  }
  return {
    type: 'object',
    properties: { result: inner },
    required: ['result'],
    additionalProperties: false,
    ...defs,
  };
}

/** `oneOf` renamed to `anyOf` in place (safe when the branches are exclusive, as they usually are). */
export function oneOfToAnyOf(node: JsonObject): JsonObject {
  return 'anyOf' in node ? node : renameKey(node, 'oneOf', 'anyOf');
}

/** `type: [A, B, "null"]` rewritten as `anyOf: [{type: A}, {type: B}, {type: "null"}]`. */
export function typeArrayToAnyOf(node: JsonObject): JsonObject {
  if (!Array.isArray(node.type)) return node;
  const branches = (node.type as unknown[]).map((t) => ({ type: t }));
  return renameKey(withKey(node, 'type', branches), 'type', 'anyOf');
}
