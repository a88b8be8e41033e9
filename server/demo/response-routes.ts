/**
 * The demo's routes around stored responses: `GET /v1/responses/{id}` (JSON, or the stream of a
 * background response with `stream=true&starting_after=N`), `DELETE`, `POST …/cancel`,
 * `GET …/input_items`, `POST /v1/responses/input_tokens` and `POST /v1/responses/compact`.
 */
import { sseHeaders, type BackgroundRun, type BackgroundRuns } from './background';
import { compactOutput } from './compaction';
import { conversationNotFound, conversationParam, type ConversationStore } from './conversations';
import { CORS_HEADERS, errorResponse, invalidRequest, jsonResponse, previousNotFound } from './errors';
import { listPage, pageQuery } from './items';
import { estimateInputTokens } from './plan';
import type { JsonMap } from './request';
import { inputItems } from './request';
import { snapshot } from './response-object';
import type { Rng } from './rng';
import type { ResponseStore, StoredResponse } from './store';

export interface ResponseRouteContext {
  store: ResponseStore;
  runs: BackgroundRuns;
  conversations: ConversationStore;
  rng: () => Rng;
  nowSeconds: () => number;
  readBody: () => Promise<JsonMap | Response>;
  /** Events a dropping connection delivers before it breaks (background streams, `demo_drops`). */
  dropAfter: (run: BackgroundRun) => number | undefined;
}

function responseNotFound(id: string): Response {
  return errorResponse(404, {
    message: `Response with id '${id}' not found.`,
    type: 'invalid_request_error',
    param: null,
    code: null,
  });
}

/** Routes `/responses/…` other than the create POST (path without `/v1`); undefined otherwise. */
export async function responseRoute(
  path: string,
  method: string,
  request: Request,
  ctx: ResponseRouteContext,
): Promise<Response | undefined> {
  if (path === '/responses/input_tokens' && method === 'POST') return inputTokens(ctx);
  if (path === '/responses/compact' && method === 'POST') return compact(ctx);
  const match = /^\/responses\/([^/]+)(\/cancel|\/input_items)?$/.exec(path);
  if (!match?.[1]) return undefined;
  const id = decodeURIComponent(match[1]);
  const action = match[2] ?? '';
  const allowed = action === '/cancel' ? method === 'POST' : action ? method === 'GET' : method !== 'POST';
  if (!allowed) return undefined;
  const entry = ctx.store.get(id);
  if (!entry) return responseNotFound(id);
  const url = new URL(request.url);
  if (action === '/input_items') return jsonResponse(200, listPage(entry.input, pageQuery(url)));
  const run = ctx.runs.get(id);
  if (action === '/cancel') {
    if (!run) return invalidRequest('Only responses created with background=true can be cancelled.', null);
    run.cancel();
    return jsonResponse(200, snapshot(entry.response));
  }
  if (method === 'DELETE') {
    ctx.runs.delete(id);
    ctx.store.delete(id);
    return jsonResponse(200, { id, object: 'response', deleted: true });
  }
  if (url.searchParams.get('stream') !== 'true') return jsonResponse(200, entry.response);
  if (!run)
    return invalidRequest(
      'Only responses created with background=true can be streamed again; this one was not.',
      'stream',
    );
  const after = url.searchParams.get('starting_after');
  const startingAfter = after === null || after.trim() === '' ? undefined : Number(after);
  if (startingAfter !== undefined && (!Number.isInteger(startingAfter) || startingAfter < -1))
    return invalidRequest(`Invalid 'starting_after': expected an integer, got '${after}'.`, 'starting_after');
  const stream = run.subscribe(startingAfter, request.signal, ctx.dropAfter(run));
  return new Response(stream, { status: 200, headers: sseHeaders(CORS_HEADERS) });
}

/** The chain a request continues: its previous_response_id chain, else its conversation's responses. */
function chainOf(body: JsonMap, ctx: ResponseRouteContext): StoredResponse[] | Response {
  const previous = body.previous_response_id;
  if (typeof previous === 'string' && previous) {
    if (!ctx.store.get(previous)) return previousNotFound(previous);
    return ctx.store.chain(previous);
  }
  const conversationId = conversationParam(body);
  if (!conversationId) return [];
  const conversation = ctx.conversations.get(conversationId);
  if (!conversation) return conversationNotFound(conversationId);
  return conversation.responseIds.map((id) => ctx.store.get(id)).filter((e): e is StoredResponse => !!e);
}

async function inputTokens(ctx: ResponseRouteContext): Promise<Response> {
  const body = await ctx.readBody();
  if (body instanceof Response) return body;
  const chain = chainOf(body, ctx);
  if (chain instanceof Response) return chain;
  return jsonResponse(200, {
    object: 'response.input_tokens',
    input_tokens: estimateInputTokens(body, chain).total,
  });
}

async function compact(ctx: ResponseRouteContext): Promise<Response> {
  const body = await ctx.readBody();
  if (body instanceof Response) return body;
  if (typeof body.model !== 'string' || body.model === '')
    return invalidRequest("Missing required parameter: 'model'.", 'model', 'missing_required_parameter');
  const chain = chainOf(body, ctx);
  if (chain instanceof Response) return chain;
  const input = inputItems(body);
  if (chain.length === 0 && input.length === 0)
    return invalidRequest('Nothing to compact: give input or a previous_response_id.', 'input');
  const rng = ctx.rng();
  const { output, inputTokens, outputTokens } = compactOutput(chain, input, rng);
  return jsonResponse(200, {
    id: `resp_${rng.hex(48)}`,
    object: 'response.compaction',
    created_at: ctx.nowSeconds(),
    output,
    usage: {
      input_tokens: inputTokens,
      input_tokens_details: { cached_tokens: 0 },
      output_tokens: outputTokens,
      output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: inputTokens + outputTokens,
    },
  });
}
