/**
 * What Count tokens sends: the editor's request, reduced to the fields
 * `POST /v1/responses/input_tokens` takes (the API refuses create-only ones such as `stream`,
 * `store`, `background` or `max_output_tokens`).
 */
import type { InputTokenCountParams } from 'openai/resources/responses/input-tokens';
import type { JsonObject } from '../../core/response/types';

const COUNTED: readonly (keyof InputTokenCountParams)[] = [
  'model',
  'input',
  'instructions',
  'tools',
  'tool_choice',
  'parallel_tool_calls',
  'previous_response_id',
  'conversation',
  'reasoning',
  'text',
  'truncation',
];

/** The fields of `request` the token count depends on, in the request's own order. */
export function tokenCountBody(request: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(request).filter(([key]) => (COUNTED as string[]).includes(key)));
}
