/**
 * The rest of the Responses API for the doctor's fake relays (background, cancel, resume, input items,
 * input tokens, compaction, conversations, delete), or the 404 a relay without it answers.
 */
type Json = Record<string, unknown>;

const EXTRA = [
  /\/v1\/conversations(?:\/[^/]+)?$/,
  /\/v1\/responses\/(?:input_tokens|compact)$/,
  /\/v1\/responses\/[^/]+\/(?:cancel|input_items)$/,
];

/** Whether a request is for the rest of the API (DELETE of a response included). */
export function isExtraRoute(method: string, path: string): boolean {
  return EXTRA.some((re) => re.test(path)) || (method === 'DELETE' && /\/v1\/responses\/[^/]+$/.test(path));
}

/**
 * Answers a request for the rest of the API from `stored` responses; undefined for anything else
 * (a create, a plain GET by id). `json` builds a JSON answer with the relay's CORS headers.
 */
export function extraRoute(
  request: Request,
  stored: Map<string, Json>,
  json: (status: number, body: unknown) => Response,
  sse: (response: Json) => ReadableStream<Uint8Array>,
): Response | undefined {
  const url = new URL(request.url);
  const path = url.pathname;
  const { method } = request;
  if (method === 'POST' && path.endsWith('/v1/responses/input_tokens'))
    return json(200, { object: 'response.input_tokens', input_tokens: 12 });
  if (method === 'POST' && path.endsWith('/v1/responses/compact'))
    return json(200, {
      id: 'cmp_1',
      object: 'response.compaction',
      output: [{ type: 'compaction', id: 'cmp_item', encrypted_content: 'x' }],
    });
  if (method === 'POST' && path.endsWith('/v1/conversations'))
    return json(200, { id: 'conv_1', object: 'conversation', created_at: 1, metadata: {} });
  if (method === 'DELETE' && /\/v1\/conversations\/[^/]+$/.test(path))
    return json(200, { id: 'conv_1', object: 'conversation.deleted', deleted: true });
  const match = /\/v1\/responses\/([^/]+)(\/cancel|\/input_items)?$/.exec(path);
  const found = match?.[1] ? stored.get(decodeURIComponent(match[1])) : undefined;
  if (!match || (!found && (match[2] || method === 'DELETE'))) {
    return match
      ? json(404, { error: { message: 'Response not found.', type: 'invalid_request_error' } })
      : undefined;
  }
  if (!found) return undefined;
  if (match[2] === '/cancel') return json(200, { ...found, status: 'cancelled' });
  if (match[2] === '/input_items')
    return json(200, {
      object: 'list',
      data: [{ id: 'msg_in', type: 'message', role: 'user' }],
      has_more: false,
    });
  if (method === 'DELETE') {
    stored.delete(found.id as string);
    return json(200, { id: found.id, object: 'response', deleted: true });
  }
  if (method === 'GET' && url.searchParams.get('stream') === 'true')
    return new Response(sse(found), { headers: { 'content-type': 'text/event-stream' } });
  return undefined;
}
