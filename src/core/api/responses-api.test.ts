import { describe, expect, it } from 'vitest';
import {
  addConversationItems,
  createConversation,
  deleteConversation,
  listConversationItems,
  retrieveConversation,
} from './conversations';
import { isUnsupported, requestJson } from './request-json';
import {
  cancelResponse,
  compactConversation,
  countInputTokens,
  deleteResponse,
  listInputItems,
  retrieveResponse,
} from './responses-api';

const endpoint = { baseUrl: 'https://relay.example/v1?api-version=2', apiKey: 'sk-1' };

interface Seen {
  url?: string;
  init?: RequestInit;
}

function answering(status: number, body: string, seen: Seen = {}): { fetch: typeof fetch; seen: Seen } {
  return {
    seen,
    fetch: (input, init) => {
      seen.url = input instanceof Request ? input.url : input.toString();
      seen.init = init;
      return Promise.resolve(new Response(body === '' ? null : body, { status }));
    },
  };
}

const RESPONSE = '{"id":"resp_1","object":"response","status":"completed","background":true,"output":[]}';

describe('Responses API calls', () => {
  it('retrieve: GET /v1/responses/{id}, id encoded, base query kept, key sent', async () => {
    const { fetch, seen } = answering(200, RESPONSE);
    const result = await retrieveResponse(endpoint, 'resp_1/../x', { fetch });
    expect(result).toMatchObject({ ok: true, value: { id: 'resp_1', status: 'completed' } });
    expect(seen.url).toBe('https://relay.example/v1/responses/resp_1%2F..%2Fx?api-version=2');
    expect(seen.init).toMatchObject({
      method: 'GET',
      credentials: 'omit',
      headers: { Accept: 'application/json', Authorization: 'Bearer sk-1' },
    });
    expect(seen.init?.body).toBeUndefined();
  });

  it('cancel: POST …/cancel; delete: DELETE, with or without a body', async () => {
    const cancel = answering(200, RESPONSE.replace('completed', 'cancelled'));
    expect(await cancelResponse(endpoint, 'resp_1', { fetch: cancel.fetch })).toMatchObject({
      ok: true,
      value: { status: 'cancelled' },
    });
    expect(cancel.seen).toMatchObject({
      url: 'https://relay.example/v1/responses/resp_1/cancel?api-version=2',
      init: { method: 'POST' },
    });
    const del = answering(200, '{"id":"resp_1","object":"response","deleted":true}');
    expect(await deleteResponse(endpoint, 'resp_1', { fetch: del.fetch })).toEqual({
      ok: true,
      value: { deleted: true },
    });
    expect(del.seen.init?.method).toBe('DELETE');
    expect(await deleteResponse(endpoint, 'r', { fetch: answering(204, '').fetch })).toEqual({
      ok: true,
      value: { deleted: true },
    });
  });

  it('input items: a page with its cursor, query parameters passed on', async () => {
    const { fetch, seen } = answering(
      200,
      '{"object":"list","data":[{"id":"msg_1","type":"message"},7],"first_id":"msg_1","last_id":"msg_1","has_more":false}',
    );
    const page = await listInputItems(endpoint, 'resp_1', { order: 'asc', limit: 50 }, { fetch });
    expect(page).toEqual({
      ok: true,
      value: { data: [{ id: 'msg_1', type: 'message' }], firstId: 'msg_1', lastId: 'msg_1', hasMore: false },
    });
    expect(seen.url).toBe(
      'https://relay.example/v1/responses/resp_1/input_items?api-version=2&limit=50&order=asc',
    );
  });

  it('input tokens: POSTs the editor text as is and reads the count', async () => {
    const { fetch, seen } = answering(200, '{"object":"response.input_tokens","input_tokens":42}');
    const body = '{ "model": "gpt-5", "input": "hi" }';
    expect(await countInputTokens(endpoint, body, { fetch })).toEqual({ ok: true, value: 42 });
    expect(seen.init).toMatchObject({ method: 'POST', body });
    expect(seen.url).toBe('https://relay.example/v1/responses/input_tokens?api-version=2');
    const odd = await countInputTokens(endpoint, body, { fetch: answering(200, '{"tokens":3}').fetch });
    expect(odd).toMatchObject({ ok: false, error: { kind: 'invalid-data', message: /input_tokens/ } });
  });

  it('compact: the output items of a response.compaction', async () => {
    const { fetch, seen } = answering(
      200,
      '{"id":"cmp_1","object":"response.compaction","output":[{"type":"compaction","encrypted_content":"x"}]}',
    );
    const result = await compactConversation(
      endpoint,
      { model: 'gpt-5', previous_response_id: 'resp_1' },
      { fetch },
    );
    expect(result).toMatchObject({ ok: true, value: { id: 'cmp_1', output: [{ type: 'compaction' }] } });
    expect(JSON.parse(seen.init?.body as string)).toEqual({ model: 'gpt-5', previous_response_id: 'resp_1' });
  });

  it('errors come back typed; a missing route is "unsupported", a missing object is not', async () => {
    const missingRoute = await retrieveResponse(endpoint, 'r', {
      fetch: answering(404, '404 page not found').fetch,
    });
    expect(missingRoute).toMatchObject({ ok: false, error: { kind: 'http', status: 404 } });
    expect(!missingRoute.ok && isUnsupported(missingRoute.error)).toBe(true);
    const oneApi = await countInputTokens(endpoint, '{}', {
      fetch: answering(
        404,
        '{"error":{"message":"Invalid URL (POST /v1/responses/input_tokens)","type":"invalid_request_error"}}',
      ).fetch,
    });
    expect(!oneApi.ok && isUnsupported(oneApi.error)).toBe(true);
    const gone = await retrieveResponse(endpoint, 'r', {
      fetch: answering(
        404,
        '{"error":{"message":"Response with id \'r\' not found.","type":"invalid_request_error","param":null,"code":null}}',
      ).fetch,
    });
    expect(gone).toMatchObject({
      ok: false,
      error: { status: 404, message: "Response with id 'r' not found." },
    });
    expect(!gone.ok && isUnsupported(gone.error)).toBe(false);
    expect(
      isUnsupported({ kind: 'http', status: 405, message: 'HTTP 405 Method Not Allowed' }) &&
        isUnsupported({ kind: 'http', status: 501, message: 'x' }),
    ).toBe(true);
    const html = await retrieveResponse(endpoint, 'r', { fetch: answering(200, '<html>hi</html>').fetch });
    expect(html).toMatchObject({ ok: false, error: { kind: 'invalid-data' } });
  });

  it('never rejects: bad base URL, network failure, abort', async () => {
    expect(await retrieveResponse({ baseUrl: 'nope' }, 'r')).toMatchObject({
      ok: false,
      error: { kind: 'network' },
    });
    const offline = await retrieveResponse(endpoint, 'r', {
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    expect(offline).toMatchObject({ ok: false, error: { kind: 'network', message: /Could not reach/ } });
    const controller = new AbortController();
    controller.abort();
    expect(
      await requestJson({ endpoint, method: 'GET', path: '/responses/r', signal: controller.signal }),
    ).toEqual({
      ok: false,
      error: { kind: 'network', message: 'Cancelled.', text: { id: 'cancelled' } },
    });
  });
});

describe('Conversations API calls', () => {
  it('create, retrieve, delete a conversation', async () => {
    const create = answering(200, '{"id":"conv_1","object":"conversation","created_at":1,"metadata":{}}');
    const made = await createConversation(
      endpoint,
      { items: [{ type: 'message', role: 'user', content: 'hi' }] },
      { fetch: create.fetch },
    );
    expect(made).toMatchObject({ ok: true, value: { id: 'conv_1' } });
    expect(create.seen.url).toBe('https://relay.example/v1/conversations?api-version=2');
    expect(JSON.parse(create.seen.init?.body as string)).toEqual({
      items: [{ type: 'message', role: 'user', content: 'hi' }],
    });
    const got = answering(200, '{"id":"conv_1","object":"conversation"}');
    expect((await retrieveConversation(endpoint, 'conv_1', { fetch: got.fetch })).ok).toBe(true);
    expect(got.seen.init?.method).toBe('GET');
    const del = answering(200, '{"id":"conv_1","object":"conversation.deleted","deleted":true}');
    expect(await deleteConversation(endpoint, 'conv_1', { fetch: del.fetch })).toEqual({
      ok: true,
      value: { deleted: true },
    });
  });

  it('lists and adds items', async () => {
    const list = answering(
      200,
      '{"object":"list","data":[{"id":"msg_2"},{"id":"msg_1"}],"has_more":true,"first_id":"msg_2","last_id":"msg_1"}',
    );
    const page = await listConversationItems(endpoint, 'conv_1', { after: 'msg_3' }, { fetch: list.fetch });
    expect(page).toMatchObject({
      ok: true,
      value: { hasMore: true, lastId: 'msg_1', data: [{ id: 'msg_2' }, { id: 'msg_1' }] },
    });
    expect(list.seen.url).toBe(
      'https://relay.example/v1/conversations/conv_1/items?api-version=2&after=msg_3',
    );
    const add = answering(200, '{"object":"list","data":[{"id":"msg_4"}],"has_more":false}');
    expect(
      (await addConversationItems(endpoint, 'conv_1', [{ type: 'message' }], { fetch: add.fetch })).ok,
    ).toBe(true);
    expect(add.seen.init?.method).toBe('POST');
  });
});
