import { isObject, stringArray } from '../json';
import type { JsonPath } from './schema-path';

/** The parameter types the builder offers (the contract's "Parameter type" options). */
export const PARAM_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

/**
 * Keywords the builder edits with controls. Every other keyword (`pattern`, `format`, `$defs`,
 * `anyOf`, vendor `x-*` keys, …) is an "extra": shown as raw JSON on its node and kept verbatim.
 */
export const MANAGED_KEYWORDS: readonly string[] = [
  'type',
  'description',
  'enum',
  'default',
  'properties',
  'required',
  'items',
];

/**
 * A read-only view of one schema node for the builder. It never owns data: `schema` is the node
 * exactly as it is in the JSON, and every edit is a patch on the JSON (see schema-edits.ts), so
 * a round trip through the builder cannot lose or reorder anything it does not show.
 */
export interface SchemaModel {
  /** Stable across re-derivations (for React keys and focus), never serialised. */
  id: string;
  /** Path of the node from the root schema. */
  path: JsonPath;
  /** The node as written (an object, or a boolean schema). */
  schema: unknown;
  /** The one non-null type, when the node has exactly one of the builder's types. */
  type?: ParamType;
  /** What the node is, for display: a type name, `null`, `$ref`, `anyOf`, `oneOf`, `allOf`, `mixed`, `any`, `boolean`. */
  kind: string;
  /** Accepts null (`type: [T, "null"]`, or an `anyOf` branch `{type: "null"}`). */
  nullable: boolean;
  description: string;
  enumValues?: unknown[];
  defaultValue?: { value: unknown };
  /** Present when the node has a `properties` map. */
  properties?: PropertyModel[];
  /** Present when `items` is a single schema. */
  items?: SchemaModel;
  /** Keys of the node the builder has no control for, in their order. */
  extraKeywords: string[];
}

export interface PropertyModel {
  id: string;
  name: string;
  /** Listed in the parent's `required`. */
  listed: boolean;
  /** Strict form of an optional field: listed in `required` and nullable. */
  optional: boolean;
  /** What the "Required" checkbox shows: listed, and (in strict mode) not in the optional form. */
  required: boolean;
  schema: SchemaModel;
}

export interface ModelOptions {
  /** Strict mode: a listed nullable property reads as "optional". */
  strict: boolean;
  /** The previous model of the same schema, whose ids are reused so rows keep focus and state. */
  prev?: SchemaModel;
}

let counter = 0;
function newId(): string {
  counter += 1;
  return `n${counter}`;
}

/** Derives the builder's view of a schema (see {@link SchemaModel}). */
export function schemaToModel(schema: unknown, options: ModelOptions): SchemaModel {
  return build(schema, [], options.strict, options.prev);
}

/** The JSON Schema a model stands for: always the exact node it was derived from. */
export function modelToSchema(model: SchemaModel): unknown {
  return model.schema;
}

function build(schema: unknown, path: JsonPath, strict: boolean, prev: SchemaModel | undefined): SchemaModel {
  const id = prev?.id ?? newId();
  if (!isObject(schema)) {
    return {
      id,
      path,
      schema,
      kind: typeof schema === 'boolean' ? 'boolean' : 'any',
      nullable: schema === true,
      description: '',
      extraKeywords: [],
    };
  }
  const { type, kind, nullable } = classify(schema);
  const model: SchemaModel = {
    id,
    path,
    schema,
    kind,
    nullable,
    description: typeof schema.description === 'string' ? schema.description : '',
    extraKeywords: Object.keys(schema).filter((k) => !MANAGED_KEYWORDS.includes(k)),
  };
  if (type) model.type = type;
  if (Array.isArray(schema.enum)) model.enumValues = schema.enum as unknown[];
  if ('default' in schema) model.defaultValue = { value: schema.default };
  if (isObject(schema.properties)) model.properties = buildProperties(schema, path, strict, prev?.properties);
  if (isObject(schema.items) || typeof schema.items === 'boolean') {
    model.items = build(schema.items, [...path, 'items'], strict, prev?.items);
  }
  return model;
}

function buildProperties(
  schema: Record<string, unknown>,
  path: JsonPath,
  strict: boolean,
  prev: PropertyModel[] | undefined,
): PropertyModel[] {
  const props = schema.properties as Record<string, unknown>;
  const required = new Set(stringArray(schema.required) ?? []);
  const names = Object.keys(props);
  const byName = new Map(prev?.map((p) => [p.name, p]));
  // A renamed property keeps the id of the one that stood in its place, so its row keeps focus.
  const claimed = new Set(names.filter((n) => byName.has(n)));
  return names.map((name, i) => {
    let before = byName.get(name);
    if (!before) {
      const atIndex = prev?.[i];
      if (atIndex && !claimed.has(atIndex.name) && !names.includes(atIndex.name)) {
        before = atIndex;
        claimed.add(atIndex.name);
      }
    }
    const child = build(props[name], [...path, 'properties', name], strict, before?.schema);
    const listed = required.has(name);
    const optional = strict && listed && child.nullable;
    return {
      id: before?.id ?? newId(),
      name,
      listed,
      optional,
      required: listed && !optional,
      schema: child,
    };
  });
}

/** The node's type as the builder shows it. */
export function classify(schema: Record<string, unknown>): {
  type?: ParamType;
  kind: string;
  nullable: boolean;
} {
  const t = schema.type;
  if (typeof schema.$ref === 'string') return { kind: '$ref', nullable: false };
  if (typeof t === 'string') {
    if (t === 'null') return { kind: 'null', nullable: true };
    return isParamType(t) ? { type: t, kind: t, nullable: false } : { kind: t, nullable: false };
  }
  if (Array.isArray(t)) {
    const nonNull = (t as unknown[]).filter((x) => x !== 'null');
    const nullable = nonNull.length !== t.length;
    const [only] = nonNull;
    if (nonNull.length === 1 && typeof only === 'string' && isParamType(only))
      return { type: only, kind: only, nullable };
    return { kind: nonNull.length === 0 ? 'null' : 'mixed', nullable };
  }
  for (const combinator of ['anyOf', 'oneOf', 'allOf']) {
    const branches = schema[combinator];
    if (Array.isArray(branches)) {
      const nullable = combinator !== 'allOf' && branches.some((b) => isObject(b) && b.type === 'null');
      return { kind: combinator, nullable };
    }
  }
  return { kind: 'any', nullable: false };
}

export function isParamType(value: string): value is ParamType {
  return (PARAM_TYPES as readonly string[]).includes(value);
}
