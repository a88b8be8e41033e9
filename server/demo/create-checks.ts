/**
 * What `POST /v1/responses` refuses before anything is generated, in the API's order and words:
 * a missing model, the demo-error-* models, a too small `max_output_tokens`, the demo's knob limits,
 * an unknown `previous_response_id`, a conversation together with it or unknown, and background
 * mode without storage.
 */
import {
  conversationNotFound,
  conversationParam,
  type Conversation,
  type ConversationStore,
} from './conversations';
import { invalidRequest, modelError, previousNotFound } from './errors';
import { DEMO_LIMITS } from './limits';
import type { JsonMap } from './request';
import { metadataNumber } from './request';
import type { ResponseStore } from './store';

/** A request the demo will answer, with what the checks found on the way. */
export interface CheckedCreate {
  model: string;
  /** `metadata.demo_deltas`: force this many text deltas. */
  deltas?: number;
  /** `metadata.demo_pace_ms`: this request's delay before each delta. */
  paceMs?: number;
  /** `previous_response_id`, when the request continues a stored response. */
  previous?: string;
  conversation?: Conversation;
}

/** The checked request, or the error answer the API would give. */
export function checkCreate(
  request: Request,
  body: JsonMap,
  stores: { store: ResponseStore; conversations: ConversationStore },
): CheckedCreate | Response {
  if (typeof body.model !== 'string' || body.model === '') {
    return invalidRequest("Missing required parameter: 'model'.", 'model', 'missing_required_parameter');
  }
  const failure = modelError(body.model, request.headers.get('authorization'));
  if (failure) return failure;
  if (typeof body.max_output_tokens === 'number' && body.max_output_tokens < 16) {
    return invalidRequest(
      `Invalid 'max_output_tokens': integer below minimum value. Expected a value >= 16, but got ${body.max_output_tokens} instead.`,
      'max_output_tokens',
      'integer_below_min_value',
    );
  }
  const knobs = demoKnobs(body);
  if (knobs instanceof Response) return knobs;
  const checked: CheckedCreate = { model: body.model, ...knobs };
  const previous = body.previous_response_id;
  if (typeof previous === 'string' && previous !== '') {
    if (!stores.store.get(previous)) return previousNotFound(previous);
    checked.previous = previous;
  }
  const conversationId = conversationParam(body);
  if (conversationId && checked.previous)
    return invalidRequest(
      "Mutually exclusive parameters: Ensure you are only providing one of: 'previous_response_id' or 'conversation'.",
      null,
      'mutually_exclusive_parameters',
    );
  if (conversationId) {
    const conversation = stores.conversations.get(conversationId);
    if (!conversation) return conversationNotFound(conversationId);
    checked.conversation = conversation;
  }
  if (body.background === true && body.store === false)
    return invalidRequest('Background mode requires store=true.', 'background', 'invalid_value');
  return checked;
}

/** `metadata.demo_deltas` and `demo_pace_ms`, refused beyond the demo's limits. */
function demoKnobs(body: JsonMap): { deltas?: number; paceMs?: number } | Response {
  const deltas = metadataNumber(body, 'demo_deltas');
  const paceMs = metadataNumber(body, 'demo_pace_ms');
  const over = (name: string, max: number) =>
    invalidRequest(`metadata.${name} may be at most ${max}.`, `metadata.${name}`, 'demo_limit');
  if (deltas !== undefined && deltas > DEMO_LIMITS.maxDeltas)
    return over('demo_deltas', DEMO_LIMITS.maxDeltas);
  if (paceMs !== undefined && paceMs > DEMO_LIMITS.maxPaceMs)
    return over('demo_pace_ms', DEMO_LIMITS.maxPaceMs);
  return {
    ...(deltas === undefined ? {} : { deltas }),
    ...(paceMs === undefined ? {} : { paceMs }),
  };
}
