/**
 * Reading a `POST /v1/responses` body the way the API does: loosely typed JSON in, the few facts the
 * demo needs out (user text, function tools, tool outputs, options).
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonMap = { [key: string]: Json };

export interface FunctionTool {
  name: string;
  description?: string;
  parameters: JsonMap;
}

export interface ToolOutput {
  callId: string;
  output: string;
}

export interface CallRecord {
  callId: string;
  name: string;
  arguments: string;
}

export function isMap(value: unknown): value is JsonMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The request's input as a list of items (a plain string is one user message). */
export function inputItems(body: JsonMap): JsonMap[] {
  const input = body.input;
  if (typeof input === 'string') return [{ type: 'message', role: 'user', content: input }];
  return Array.isArray(input) ? input.filter(isMap) : [];
}

/** Text of a message `content` (a string or a list of `input_text`/`output_text` parts). */
export function contentText(content: Json | undefined): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .filter(isMap)
    .map((part) => (typeof part.text === 'string' ? part.text : ''))
    .filter(Boolean)
    .join('\n');
}

/** The last user message in these items, or ''. */
export function lastUserText(items: JsonMap[]): string {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (item && item.role === 'user' && (item.type === undefined || item.type === 'message')) {
      const text = contentText(item.content);
      if (text) return text;
    }
  }
  return '';
}

export function functionTools(body: JsonMap): FunctionTool[] {
  const tools = Array.isArray(body.tools) ? body.tools.filter(isMap) : [];
  return tools
    .filter((tool) => tool.type === 'function' && typeof tool.name === 'string')
    .map((tool) => ({
      name: tool.name as string,
      description: typeof tool.description === 'string' ? tool.description : undefined,
      parameters: isMap(tool.parameters) ? tool.parameters : { type: 'object', properties: {} },
    }));
}

/** `function_call_output` items of the input, with their output as text. */
export function toolOutputs(items: JsonMap[]): ToolOutput[] {
  return items
    .filter((item) => item.type === 'function_call_output' && typeof item.call_id === 'string')
    .map((item) => ({
      callId: item.call_id as string,
      output:
        typeof item.output === 'string'
          ? item.output
          : contentText(item.output) || JSON.stringify(item.output),
    }));
}

/** `function_call` items (from replayed input or a stored response's output). */
export function functionCalls(items: JsonMap[]): CallRecord[] {
  return items
    .filter((item) => item.type === 'function_call' && typeof item.call_id === 'string')
    .map((item) => ({
      callId: item.call_id as string,
      name: typeof item.name === 'string' ? item.name : 'function',
      arguments: typeof item.arguments === 'string' ? item.arguments : '',
    }));
}

/** A metadata knob as a non-negative integer (metadata values are strings on the wire). */
export function metadataNumber(body: JsonMap, key: string): number | undefined {
  const value = isMap(body.metadata) ? body.metadata[key] : undefined;
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : undefined;
}

/** Whether text is mostly CJK, to answer in the user's language. */
export function looksChinese(text: string): boolean {
  const cjk = text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  return cjk > 0 && cjk * 3 >= text.replace(/\s/g, '').length * 0.5;
}
