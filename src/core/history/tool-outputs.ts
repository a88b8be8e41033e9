/** The function-call round trip: which calls a response made, and the output items that answer them. */
import type { JsonObject } from '../json';
import { narrowItem } from '../response/output-items';
import type { ResponseView } from '../response/types';

export interface ToolCall {
  callId: string;
  name: string;
  /** `function_call` answers with `function_call_output`, `custom_tool_call` with `custom_tool_call_output`. */
  type: 'function_call' | 'custom_tool_call';
  /** Arguments (function) or free-form input (custom tool). */
  arguments: string;
}

/** The function and custom tool calls of a view, in output order (calls without a call id are skipped). */
export function toolCalls(view: ResponseView): ToolCall[] {
  return [...view.items]
    .sort((a, b) => a.outputIndex - b.outputIndex)
    .flatMap(({ item: raw }) => {
      const item = narrowItem(raw);
      if (item.kind !== 'call' || item.type === 'mcp_call' || !item.callId) return [];
      return [{ callId: item.callId, name: item.name ?? '', type: item.type, arguments: item.arguments }];
    });
}

/** One output item per call, in call order; a missing draft answers with an empty string. */
export function toolOutputItems(calls: readonly ToolCall[], outputs: Record<string, string>): JsonObject[] {
  return calls.map((call) => ({
    type: call.type === 'custom_tool_call' ? 'custom_tool_call_output' : 'function_call_output',
    call_id: call.callId,
    output: outputs[call.callId] ?? '',
  }));
}

export type OutputCheck =
  | { kind: 'empty' }
  | { kind: 'json' }
  | { kind: 'text' }
  /** Looks like JSON (starts with `{`, `[` or `"`) but does not parse: probably a typo. */
  | { kind: 'broken-json'; message: string };

/**
 * Checks a tool output as typed. Outputs are strings on the wire, so anything may be sent; JSON is
 * only checked so a typo in an intended JSON object is pointed out before sending.
 */
export function checkOutput(text: string): OutputCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  try {
    JSON.parse(trimmed);
    return { kind: 'json' };
  } catch (error) {
    if (!/^[[{"]/.test(trimmed)) return { kind: 'text' };
    return { kind: 'broken-json', message: error instanceof Error ? error.message : String(error) };
  }
}
