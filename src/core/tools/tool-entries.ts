import { isObject, uniqueName, withKey, type JsonObject } from '../json';
import { emptyObjectSchema } from './schema-fixes';
import { schemaToModel, type SchemaModel } from './schema-model';

/** A function tool as the builder shows it; `tool` is the exact JSON. */
export interface FunctionEntry {
  kind: 'function';
  id: string;
  index: number;
  tool: JsonObject;
  name: string;
  description: string;
  /** `strict` as written: true, false, null, or undefined when absent. */
  strict: unknown;
  /** Strict rules apply as errors (`strict: true`). */
  strictMode: boolean;
  /** Undefined when `parameters` is missing or null. */
  parameters?: SchemaModel;
}

/** A hosted (built-in) tool, custom tool, namespace or anything else: edited by form or as JSON. */
export interface OtherEntry {
  kind: 'hosted' | 'other';
  id: string;
  index: number;
  tool: unknown;
  type: string;
}

export type ToolEntry = FunctionEntry | OtherEntry;

/** Hosted tool types the builder has a form for. */
export const HOSTED_TYPES = [
  'web_search',
  'web_search_preview',
  'file_search',
  'code_interpreter',
  'image_generation',
  'mcp',
  'computer_use_preview',
  'computer',
] as const;

let counter = 0;

function keyOf(tool: unknown): string {
  if (!isObject(tool)) return '?';
  return `${String(tool.type)}:${typeof tool.name === 'string' ? tool.name : typeof tool.server_label === 'string' ? tool.server_label : ''}`;
}

/**
 * The builder's view of a `tools` array. Entries keep the ids of `prev` (matched by type and name,
 * then by position) so a card keeps its collapsed state and focus while the JSON changes.
 */
export function toolEntries(tools: unknown, prev: ToolEntry[] = []): ToolEntry[] {
  if (!Array.isArray(tools)) return [];
  const prevByKey = new Map<string, ToolEntry>();
  for (const e of prev) if (!prevByKey.has(keyOf(e.tool))) prevByKey.set(keyOf(e.tool), e);
  const used = new Set<ToolEntry>();
  const pick = (tool: unknown, i: number): ToolEntry | undefined => {
    let before = prevByKey.get(keyOf(tool));
    if (!before || used.has(before)) {
      const atIndex = prev[i];
      before =
        atIndex && !used.has(atIndex) && !tools.some((t) => keyOf(t) === keyOf(atIndex.tool))
          ? atIndex
          : undefined;
    }
    if (before) used.add(before);
    return before;
  };
  return tools.map((tool: unknown, index) => {
    const before = pick(tool, index);
    const id = before?.id ?? `t${++counter}`;
    const type = isObject(tool) && typeof tool.type === 'string' ? tool.type : '';
    if (isObject(tool) && type === 'function' && !isObject(tool.function)) {
      const strictMode = tool.strict === true;
      const entry: FunctionEntry = {
        kind: 'function',
        id,
        index,
        tool,
        name: typeof tool.name === 'string' ? tool.name : '',
        description: typeof tool.description === 'string' ? tool.description : '',
        strict: tool.strict,
        strictMode,
      };
      if (tool.parameters !== undefined && tool.parameters !== null) {
        const prevParams = before?.kind === 'function' ? before.parameters : undefined;
        entry.parameters = schemaToModel(tool.parameters, { strict: strictMode, prev: prevParams });
      }
      return entry;
    }
    const hosted = (HOSTED_TYPES as readonly string[]).includes(type);
    return { kind: hosted ? 'hosted' : 'other', id, index, tool, type };
  });
}

/** Names of the function and custom tools in a `tools` array. */
export function toolNames(tools: unknown): string[] {
  if (!Array.isArray(tools)) return [];
  return tools.flatMap((t) => (isObject(t) && typeof t.name === 'string' ? [t.name] : []));
}

/** A new strict function tool in the Responses shape, with a name not yet taken. */
export function newFunctionTool(taken: string[]): JsonObject {
  return {
    type: 'function',
    name: uniqueName('new_function', taken),
    description: '',
    parameters: emptyObjectSchema(),
    strict: true,
  };
}

/** A copy of a tool; function and custom tools get a free `<name>_copy` name. */
export function duplicateTool(tool: unknown, taken: string[]): unknown {
  const copy = structuredClone(tool);
  if (isObject(copy) && typeof copy.name === 'string')
    return withKey(copy, 'name', uniqueName(`${copy.name}_copy`, taken));
  return copy;
}
