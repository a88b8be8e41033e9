/** The subset of JSON Schema (draft-07) plus the VS Code extensions Monaco's JSON service reads. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  /** Shown by Monaco on hover and in completion details, instead of `description`. */
  markdownDescription?: string;
  deprecationMessage?: string;
  type?: JsonType | JsonType[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  maxProperties?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  enum?: JsonLiteral[];
  /** Per-value docs for `enum`, shown in completion. */
  markdownEnumDescriptions?: string[];
  const?: JsonLiteral;
  anyOf?: JsonSchema[];
  not?: JsonSchema;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  patternErrorMessage?: string;
  examples?: unknown[];
  default?: unknown;
  /** Value templates offered in completion. */
  defaultSnippets?: { label: string; description?: string; body: unknown }[];
}

export type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';
export type JsonLiteral = string | number | boolean | null;

/** Plain-text form of a short Markdown doc, for tools that ignore `markdownDescription`. */
export function toPlainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1');
}

/** A schema with both `description` and `markdownDescription` from one Markdown doc string. */
export function doc(markdown: string, schema: JsonSchema = {}): JsonSchema {
  return { description: toPlainText(markdown), markdownDescription: markdown, ...schema };
}

export const str = (md: string, extra: JsonSchema = {}): JsonSchema => doc(md, { type: 'string', ...extra });
export const bool = (md: string, extra: JsonSchema = {}): JsonSchema =>
  doc(md, { type: 'boolean', ...extra });
export const num = (md: string, extra: JsonSchema = {}): JsonSchema => doc(md, { type: 'number', ...extra });
export const int = (md: string, extra: JsonSchema = {}): JsonSchema => doc(md, { type: 'integer', ...extra });

/** A string enum; `values` maps each value to its doc. */
export function oneOfValues(md: string, values: Record<string, string>, extra: JsonSchema = {}): JsonSchema {
  return doc(md, {
    type: 'string',
    enum: Object.keys(values),
    markdownEnumDescriptions: Object.values(values),
    ...extra,
  });
}

/** An object schema. Unknown properties stay allowed: relays and newer API versions add their own. */
export function obj(md: string, properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema {
  return doc(md, { type: 'object', properties, ...(required.length > 0 ? { required } : {}) });
}

export function arr(md: string, items: JsonSchema, extra: JsonSchema = {}): JsonSchema {
  return doc(md, { type: 'array', items, ...extra });
}

export function anyOf(md: string, branches: JsonSchema[], extra: JsonSchema = {}): JsonSchema {
  return doc(md, { anyOf: branches, ...extra });
}

/** The discriminating `type` field of a union member. */
export function kind(values: string | string[], md?: string): JsonSchema {
  const list = Array.isArray(values) ? values : [values];
  const text = md ?? `Always ${list.map((v) => `\`${v}\``).join(' or ')}.`;
  return list.length === 1 ? str(text, { const: list[0] ?? '', enum: list }) : str(text, { enum: list });
}

/** Also accepts `null`, which the API treats as "not set". */
export function nullable(schema: JsonSchema): JsonSchema {
  if (schema.anyOf) return { ...schema, anyOf: [...schema.anyOf, { type: 'null' }] };
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  const next: JsonSchema = { ...schema, type: [...types, 'null'] };
  if (schema.enum) next.enum = [...schema.enum, null];
  if (schema.markdownEnumDescriptions)
    next.markdownEnumDescriptions = [...schema.markdownEnumDescriptions, 'Not set.'];
  return next;
}

/**
 * Catch-all union member for item or tool types this schema does not describe (newer API versions,
 * relay extensions): accepted without warnings, but known types are still checked strictly.
 */
export function otherType(md: string, known: string[]): JsonSchema {
  return obj(md, { type: str('The item type.', { not: { enum: known } }) }, ['type']);
}
