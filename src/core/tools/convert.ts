/** Conversions into the Responses shapes: Chat Completions tools and formats, bare schemas, examples. */
import { isObject, uniqueName, type JsonObject } from '../json';
import { inferSchema } from './infer';
import { emptyObjectSchema, slugifyName } from './schema-fixes';
import { HOSTED_TYPES } from './tool-entries';
import { err, ok, type Result } from '../result';

/**
 * A Chat Completions tool (`{type, function: {…}}` or `{type: "custom", custom: {…}}`) in the flat
 * Responses shape. A Chat function without `strict` gets `strict: false` written out: Chat is
 * non-strict by default, while Responses would try to normalise it into strict mode.
 * Tools already in the Responses shape are returned as they are (custom grammar formats flattened).
 */
export function chatToolToResponses(tool: unknown): unknown {
  if (!isObject(tool)) return tool;
  const { type } = tool;
  if (type === 'function' && isObject(tool.function)) {
    const { name, description, parameters, strict, ...rest } = tool.function;
    const outer = Object.fromEntries(Object.entries(tool).filter(([k]) => k !== 'type' && k !== 'function'));
    const out: JsonObject = { type: 'function', name };
    if (description !== undefined) out.description = description;
    out.parameters = parameters ?? emptyObjectSchema();
    out.strict = strict ?? false;
    return { ...out, ...rest, ...outer };
  }
  if (type === 'custom' && isObject(tool.custom)) {
    const { format, ...rest } = tool.custom;
    const out: JsonObject = { type: 'custom', ...rest };
    if (format !== undefined) out.format = flattenGrammar(format);
    return out;
  }
  if (type === 'custom' && isObject(tool.format) && isObject(tool.format.grammar)) {
    return { ...tool, format: flattenGrammar(tool.format) };
  }
  return tool;
}

/** `{type: "grammar", grammar: {syntax, definition}}` → `{type: "grammar", syntax, definition}`. */
function flattenGrammar(format: unknown): unknown {
  if (!isObject(format) || !isObject(format.grammar)) return format;
  const { grammar, ...rest } = format;
  return { ...rest, ...grammar };
}

/** A legacy Chat `functions[]` entry (`{name, description, parameters}`) as a Responses function tool. */
export function legacyFunctionToTool(fn: JsonObject): JsonObject {
  return chatToolToResponses({ type: 'function', function: fn }) as JsonObject;
}

/** A Chat `tool_choice` (or legacy `function_call`) in the Responses shape. */
export function chatToolChoiceToResponses(choice: unknown): unknown {
  if (!isObject(choice)) return choice;
  if ((choice.type === 'function' || choice.type === undefined) && isObject(choice.function))
    return { type: 'function', name: choice.function.name };
  if (choice.type === undefined && typeof choice.name === 'string')
    return { type: 'function', name: choice.name };
  if (choice.type === 'custom' && isObject(choice.custom))
    return { type: 'custom', name: choice.custom.name };
  if (choice.type === 'allowed_tools' && isObject(choice.allowed_tools)) {
    const { mode, tools } = choice.allowed_tools;
    return {
      type: 'allowed_tools',
      mode,
      tools: Array.isArray(tools) ? tools.map(chatToolChoiceToResponses) : tools,
    };
  }
  return choice;
}

/** Chat `response_format` as a Responses `text.format` (a misplaced outer `strict` moved inside). */
export function responseFormatToTextFormat(format: unknown): unknown {
  if (!isObject(format) || format.type !== 'json_schema' || !isObject(format.json_schema)) return format;
  const inner = format.json_schema;
  const out: JsonObject = { type: 'json_schema', ...inner };
  if (inner.strict === undefined && typeof format.strict === 'boolean') out.strict = format.strict;
  return out;
}

/** A bare JSON Schema as a function tool: name from `title` when it has one. */
export function schemaToFunctionTool(schema: JsonObject, taken: string[] = []): JsonObject {
  const name = uniqueName(
    typeof schema.title === 'string' ? slugifyName(schema.title) : 'imported_function',
    taken,
  );
  const description = typeof schema.description === 'string' ? schema.description : '';
  return { type: 'function', name, description, parameters: schema, strict: true };
}

export type ImportKind = 'auto' | 'tool' | 'schema' | 'example';

export interface ImportResult {
  /** Tools to append, in the Responses shape. */
  tools: unknown[];
  /** A converted `tool_choice`, when a whole Chat request was pasted. */
  toolChoice?: unknown;
  /** What was recognised, for the user (English; `source` is its id for the UI). */
  detected: string;
  source: 'request' | 'legacy' | 'tools' | 'schema' | 'example';
  /** How many tools the pasted text held. */
  count: number;
}

/** Why a paste could not be imported: `code` for the UI, `message` in English, `detail` from JSON.parse. */
export interface ImportError {
  code: 'not-json' | 'not-tools' | 'schema-not-object';
  message: string;
  detail?: string;
}

const SCHEMA_TYPES = ['object', 'array', 'string', 'number', 'integer', 'boolean', 'null'];

/** Looks like a JSON Schema rather than an example value. */
export function looksLikeSchema(v: JsonObject): boolean {
  if ('$schema' in v || '$defs' in v || 'anyOf' in v) return true;
  const t = v.type;
  const typed =
    typeof t === 'string'
      ? SCHEMA_TYPES.includes(t)
      : Array.isArray(t) && t.every((x) => typeof x === 'string' && SCHEMA_TYPES.includes(x));
  return typed && (isObject(v.properties) || 'items' in v || Object.keys(v).length <= 3);
}

const OTHER_TOOL_TYPES: string[] = [
  ...HOSTED_TYPES,
  'local_shell',
  'shell',
  'apply_patch',
  'namespace',
  'tool_search',
];

function looksLikeTool(v: unknown): boolean {
  if (!isObject(v)) return false;
  if (isObject(v.function) || isObject(v.custom)) return true;
  if (v.type === 'function' || v.type === 'custom') return typeof v.name === 'string';
  if (typeof v.type === 'string') return OTHER_TOOL_TYPES.includes(v.type);
  // A legacy Chat `functions[]` entry.
  return typeof v.name === 'string' && isObject(v.parameters);
}

function toTool(v: unknown): unknown {
  if (isObject(v) && v.type === undefined) return legacyFunctionToTool(v);
  return chatToolToResponses(v);
}

/**
 * Turns pasted JSON into Responses tools: a Chat or Responses tool (or an array of them, or a whole
 * request with `tools`), a bare JSON Schema, or an example value whose schema is inferred.
 */
export function importTools(
  text: string,
  kind: ImportKind,
  taken: string[] = [],
): Result<ImportResult, ImportError> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return err({ code: 'not-json', message: `Not valid JSON: ${detail}`, detail });
  }
  if ((kind === 'auto' || kind === 'tool') && isObject(value) && Array.isArray(value.tools)) {
    const result: ImportResult = {
      tools: value.tools.map(toTool),
      detected: `a request with ${value.tools.length} tool(s)`,
      source: 'request',
      count: value.tools.length,
    };
    const choice = value.tool_choice ?? value.function_call;
    if (choice !== undefined) result.toolChoice = chatToolChoiceToResponses(choice);
    return ok(result);
  }
  if ((kind === 'auto' || kind === 'tool') && isObject(value) && Array.isArray(value.functions)) {
    const tools = value.functions.filter(isObject).map(legacyFunctionToTool);
    return ok({ tools, detected: 'legacy functions', source: 'legacy', count: tools.length });
  }
  if (
    kind === 'tool' ||
    (kind === 'auto' &&
      (looksLikeTool(value) || (Array.isArray(value) && value.length > 0 && value.every(looksLikeTool))))
  ) {
    const list = Array.isArray(value) ? value : [value];
    if (!list.every(isObject))
      return err({ code: 'not-tools', message: 'Expected a tool object or an array of tools.' });
    return ok({
      tools: list.map(toTool),
      detected: `${list.length} tool(s)`,
      source: 'tools',
      count: list.length,
    });
  }
  if (kind === 'schema' || (kind === 'auto' && isObject(value) && looksLikeSchema(value))) {
    if (!isObject(value))
      return err({ code: 'schema-not-object', message: 'A JSON Schema must be an object.' });
    return ok({
      tools: [schemaToFunctionTool(value, taken)],
      detected: 'a JSON Schema',
      source: 'schema',
      count: 1,
    });
  }
  const schema = inferSchema(value);
  const parameters =
    schema.type === 'object'
      ? schema
      : { type: 'object', properties: { value: schema }, required: ['value'], additionalProperties: false };
  const tool = {
    type: 'function',
    name: uniqueName('inferred_function', taken),
    description: '',
    parameters,
    strict: true,
  };
  return ok({ tools: [tool], detected: 'an example value (schema inferred)', source: 'example', count: 1 });
}
