/**
 * The Response object the demo returns, with the real API's fields in the real order, echoing the
 * request's settings (tools, text, reasoning, metadata …) the way api.openai.com does.
 */
import type { Json, JsonMap } from './request';
import { isMap } from './request';

export type OutputItem = JsonMap & { id: string; type: string };

export interface Usage {
  input_tokens: number;
  input_tokens_details: { cached_tokens: number };
  output_tokens: number;
  output_tokens_details: { reasoning_tokens: number };
  total_tokens: number;
}

export interface ResponseObject {
  id: string;
  object: 'response';
  created_at: number;
  status: 'queued' | 'in_progress' | 'completed' | 'incomplete' | 'failed' | 'cancelled';
  background: boolean;
  completed_at: number | null;
  error: { code: string; message: string } | null;
  incomplete_details: { reason: string } | null;
  output: OutputItem[];
  usage: Usage | null;
  [key: string]: unknown;
}

function or<T extends Json>(value: Json | undefined, fallback: T): Json {
  return value === undefined ? fallback : value;
}

function echoTool(tool: Json): Json {
  if (!isMap(tool) || tool.type !== 'function') return tool;
  return {
    type: 'function',
    description: or(tool.description, null),
    name: or(tool.name, null),
    parameters: or(tool.parameters, null),
    strict: or(tool.strict, true),
  };
}

/** A fresh `in_progress` Response for this request (in `conversationId` when given). */
export function createResponseObject(
  body: JsonMap,
  id: string,
  createdAt: number,
  conversationId?: string,
): ResponseObject {
  const reasoning = isMap(body.reasoning) ? body.reasoning : {};
  const text = isMap(body.text) ? body.text : {};
  return {
    id,
    object: 'response',
    created_at: createdAt,
    status: 'in_progress',
    background: body.background === true,
    completed_at: null,
    conversation: conversationId ? { id: conversationId } : null,
    error: null,
    incomplete_details: null,
    instructions: or(body.instructions, null),
    max_output_tokens: or(body.max_output_tokens, null),
    max_tool_calls: or(body.max_tool_calls, null),
    model: or(body.model, null),
    output: [],
    parallel_tool_calls: or(body.parallel_tool_calls, true),
    previous_response_id: or(body.previous_response_id, null),
    prompt_cache_key: or(body.prompt_cache_key, null),
    prompt_cache_retention: or(body.prompt_cache_retention, null),
    reasoning: { effort: or(reasoning.effort, null), summary: or(reasoning.summary, null) },
    safety_identifier: or(body.safety_identifier, null),
    service_tier:
      body.service_tier === undefined || body.service_tier === 'auto' ? 'default' : body.service_tier,
    store: or(body.store, true),
    temperature: or(body.temperature, 1),
    text: { format: or(text.format, { type: 'text' }), verbosity: or(text.verbosity, 'medium') },
    tool_choice: or(body.tool_choice, 'auto'),
    tools: Array.isArray(body.tools) ? body.tools.map(echoTool) : [],
    top_logprobs: or(body.top_logprobs, 0),
    top_p: or(body.top_p, 1),
    truncation: or(body.truncation, 'disabled'),
    usage: null,
    user: or(body.user, null),
    metadata: or(body.metadata, {}),
  };
}

/** A copy safe to embed in an event (later mutations of the live object don't leak into it). */
export function snapshot(response: ResponseObject): ResponseObject {
  return { ...response, output: [...response.output] };
}

/** Rough token count: ~4 characters per token for Latin text, one per CJK character. */
export function estimateTokens(text: string): number {
  const cjk = text.match(/[\u3000-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  return cjk + Math.ceil((text.length - cjk) / 4);
}
