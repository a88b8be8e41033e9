import { describe, expect, it } from 'vitest';
import type { RunAction } from '../response/types';
import { bytes, chunkings, streamOf } from '../sse/testing';
import { sendResponsesRequest } from './send-request';
import type { Endpoint } from './types';

const endpoint: Endpoint = { baseUrl: 'https://relay.example/v1/', apiKey: 'sk-test' };
const REQUEST = '{\n  "model": "gpt-5",\n  "input": "hi",\n  "stream": true\n}';
const SSE = { 'content-type': 'text/event-stream; charset=utf-8' };

interface Run {
  actions: RunAction[];
  /** Actions without timestamps, for comparisons. */
  facts: unknown[];
  calls: { url: string; init: RequestInit }[];
}

/** Runs a request against a fake fetch; `onAction` may react (e.g. abort) as actions arrive. */
async function send(
  respond: (init: RequestInit) => Response | Promise<Response>,
  options: {
    endpoint?: Endpoint;
    controller?: AbortController;
    onAction?: (a: RunAction, c: AbortController) => void;
  } = {},
): Promise<Run> {
  const controller = options.controller ?? new AbortController();
  const actions: RunAction[] = [];
  const calls: Run['calls'] = [];
  let clock = 1000;
  const fetchFake: typeof fetch = (input, init = {}) => {
    calls.push({ url: urlOf(input), init });
    return Promise.resolve(respond(init));
  };
  await sendResponsesRequest({
    endpoint: options.endpoint ?? endpoint,
    body: REQUEST,
    signal: controller.signal,
    now: () => clock++,
    fetch: fetchFake,
    onAction: (action) => {
      actions.push(action);
      options.onAction?.(action, controller);
    },
  });
  const facts = actions.map((a) => {
    const { at: _at, ...rest } = a;
    return rest;
  });
  return { actions, facts, calls };
}

const sse =
  (chunks: Uint8Array[], headers: Record<string, string> = SSE, status = 200) =>
  () =>
    new Response(streamOf(chunks), { status, headers });

const created =
  '{"type":"response.created","sequence_number":0,"response":{"id":"resp_1","status":"in_progress","output":[]}}';
const delta =
  '{"type":"response.output_text.delta","sequence_number":1,"output_index":0,"content_index":0,"delta":"Hé 👋"}';
const completed =
  '{"type":"response.completed","sequence_number":2,"response":{"id":"resp_1","status":"completed","output":[]}}';
const event = (raw: string) => ({ kind: 'event', event: JSON.parse(raw) as unknown, raw });

describe('sendResponsesRequest: the request', () => {
  it('POSTs the body byte-for-byte with minimal headers, no credentials, and the signal', async () => {
    const controller = new AbortController();
    const { calls } = await send(sse([bytes(`data: ${completed}\n\n`)]), { controller });
    expect(calls).toHaveLength(1);
    const { url, init } = calls[0]!;
    expect(url).toBe('https://relay.example/v1/responses');
    expect(init).toEqual({
      method: 'POST',
      body: REQUEST,
      headers: {
        'Content-Type': 'application/json',
        Accept: 'text/event-stream, application/json',
        Authorization: 'Bearer sk-test',
      },
      signal: controller.signal,
      credentials: 'omit',
    });
  });
});

describe('sendResponsesRequest: SSE bodies', () => {
  it('OpenAI framing (event: lines), at every chunking, with the request id and ordered timestamps', async () => {
    const body = bytes(
      `event: response.created\ndata: ${created}\n\nevent: response.output_text.delta\ndata: ${delta}\n\nevent: response.completed\ndata: ${completed}\n\n`,
    );
    for (const { name, chunks } of chunkings(body, 10)) {
      const { actions, facts } = await send(sse(chunks, { ...SSE, 'x-request-id': 'req_9' }));
      expect(facts, name).toEqual([
        { kind: 'start' },
        { kind: 'headers', status: 200, requestId: 'req_9' },
        event(created),
        event(delta),
        event(completed),
        { kind: 'end' },
      ]);
      const times = actions.map((a) => a.at);
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });

  it('data-only frames (LiteLLM) with CRLF, then [DONE]: stops reading and ignores the rest', async () => {
    let cancelled = false;
    let pulls = 0;
    const chunks = [
      bytes(
        `data: ${created}\r\n\r\ndata: ${completed}\r\n\r\ndata: [DONE]\r\n\r\ndata: {"type":"late.same.chunk"}\r\n\r\n`,
      ),
    ];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        if (chunks.length > 0) controller.enqueue(chunks.shift());
        else controller.enqueue(bytes('data: {"type":"late.next.chunk"}\n\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    const { facts } = await send(() => new Response(stream, { headers: SSE }));
    expect(facts).toEqual([
      { kind: 'start' },
      { kind: 'headers', status: 200 },
      event(created),
      event(completed),
      { kind: 'done-marker' },
      { kind: 'end' },
    ]);
    expect(cancelled).toBe(true);
    expect(pulls).toBeLessThanOrEqual(2);
  });

  it('[DONE] forms: no space, surrounding whitespace; "[DONE] trailing" is not a marker', async () => {
    const a = await send(sse([bytes('data:[DONE]\n\n')]));
    expect(a.facts).toContainEqual({ kind: 'done-marker' });
    const b = await send(sse([bytes('data:  [DONE] \n\n')]));
    expect(b.facts).toContainEqual({ kind: 'done-marker' });
    const c = await send(sse([bytes('data: [DONE] trailing\n\n')]));
    expect(c.facts[2]).toMatchObject({
      kind: 'error',
      error: { kind: 'invalid-data', raw: '[DONE] trailing' },
    });
  });

  it('keep-alive comments (new-api `: PING`) become comment actions', async () => {
    const { facts } = await send(sse([bytes(`: PING\n\n: keep-alive\ndata: ${completed}\n\n`)]));
    expect(facts).toEqual([
      { kind: 'start' },
      { kind: 'headers', status: 200 },
      { kind: 'comment', text: 'PING' },
      { kind: 'comment', text: 'keep-alive' },
      event(completed),
      { kind: 'end' },
    ]);
  });

  it('`data: {"error":…}` is a stream error; reading goes on', async () => {
    const frame =
      '{"error":{"message":"litellm.InternalServerError: boom","type":"None","param":"None","code":"500"}}';
    const { facts } = await send(
      sse([bytes(`data: ${created}\n\ndata: ${frame}\n\ndata: ${completed}\n\n`)]),
    );
    expect(facts).toEqual([
      { kind: 'start' },
      { kind: 'headers', status: 200 },
      event(created),
      {
        kind: 'error',
        error: { kind: 'stream', message: 'litellm.InternalServerError: boom', code: '500', raw: frame },
      },
      event(completed),
      { kind: 'end' },
    ]);
  });

  it('type:"error" events (flat or nested) are events; the reducer decides', async () => {
    const flat = '{"type":"error","code":"server_error","message":"x","param":null,"sequence_number":3}';
    const { facts } = await send(sse([bytes(`event: error\ndata: ${flat}\n\n`)]));
    expect(facts[2]).toEqual(event(flat));
  });

  it('non-JSON data and JSON without a type are invalid-data errors; reading goes on', async () => {
    const { facts } = await send(
      sse([
        bytes(
          `data: litellm.InternalServerError: boom\n\ndata: {"foo":1}\n\ndata: {broken\n\ndata: ${completed}\n\n`,
        ),
      ]),
    );
    expect(facts.slice(2)).toEqual([
      {
        kind: 'error',
        error: {
          kind: 'invalid-data',
          message: expect.stringContaining('not JSON: litellm.InternalServerError: boom') as unknown,
          text: { id: 'frameNotJson', params: { preview: 'litellm.InternalServerError: boom' } },
          raw: 'litellm.InternalServerError: boom',
        },
      },
      {
        kind: 'error',
        error: {
          kind: 'invalid-data',
          message: expect.stringContaining('without a "type" field') as unknown,
          text: { id: 'frameNoType', params: { preview: '{"foo":1}' } },
          raw: '{"foo":1}',
        },
      },
      {
        kind: 'error',
        error: {
          kind: 'invalid-data',
          message: expect.stringContaining('broken JSON') as unknown,
          text: { id: 'frameBrokenJson', params: { preview: '{broken' } },
          raw: '{broken',
        },
      },
      event(completed),
      { kind: 'end' },
    ]);
  });

  it('SSE is recognised by its bytes even under a wrong content-type', async () => {
    for (const type of ['application/json', 'text/plain', '']) {
      const headers: Record<string, string> = type ? { 'content-type': type } : {};
      const { facts } = await send(
        sse(chunkings(bytes(`\n\ndata: ${completed}\n\n`), 0)[0]!.chunks, headers),
      );
      expect(facts, type).toEqual([
        { kind: 'start' },
        { kind: 'headers', status: 200 },
        event(completed),
        { kind: 'end' },
      ]);
    }
  });

  it('an event cut off by EOF is flagged; an unterminated [DONE] is just a marker', async () => {
    const cut = await send(sse([bytes(`data: ${created}\n\ndata: ${completed}\n`)]));
    expect(cut.facts.slice(2)).toEqual([
      event(created),
      {
        kind: 'error',
        error: {
          kind: 'cut',
          message: expect.stringContaining('middle of an event') as unknown,
          text: { id: 'midEvent' },
          raw: completed,
        },
      },
      { kind: 'end' },
    ]);
    const done = await send(sse([bytes(`data: ${completed}\n\ndata: [DONE]`)]));
    expect(done.facts.slice(2)).toEqual([event(completed), { kind: 'done-marker' }, { kind: 'end' }]);
  });

  it('an empty event stream just ends (the reducer flags the missing terminal event)', async () => {
    const { facts } = await send(sse([]));
    expect(facts).toEqual([{ kind: 'start' }, { kind: 'headers', status: 200 }, { kind: 'end' }]);
  });

  it('a connection that breaks mid-stream gives a cut error, then end', async () => {
    const chunks = [bytes(`data: ${created}\n\nda`), bytes('ta: {"type":"resp')];
    const { facts } = await send(
      () => new Response(streamOf(chunks, new TypeError('network error')), { headers: SSE }),
    );
    expect(facts).toEqual([
      { kind: 'start' },
      { kind: 'headers', status: 200 },
      event(created),
      {
        kind: 'error',
        error: {
          kind: 'cut',
          status: 200,
          message: expect.stringContaining('network error') as unknown,
          text: {
            id: 'connectionBroke',
            params: { detail: expect.stringContaining('network error') as unknown },
          },
        },
      },
      { kind: 'end' },
    ]);
  });

  it('abort mid-stream emits abort (no error, no end) and releases the body', async () => {
    let cancelled = false;
    let sent = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // First pull delivers one event; later pulls never resolve, like a silent server.
        if (!sent) {
          sent = true;
          controller.enqueue(bytes(`data: ${created}\n\n`));
          return;
        }
        return new Promise<void>(() => undefined);
      },
      cancel() {
        cancelled = true;
      },
    });
    const { facts } = await send(() => new Response(stream, { headers: SSE }), {
      onAction: (action, controller) => {
        // Abort while the next read is pending, as a user would.
        if (action.kind === 'event') setTimeout(() => controller.abort(), 5);
      },
    });
    expect(facts).toEqual([
      { kind: 'start' },
      { kind: 'headers', status: 200 },
      event(created),
      { kind: 'abort' },
    ]);
    expect(cancelled).toBe(true);
  });

  it('abort with a body that errors on abort (as real fetch does) is still an abort', async () => {
    const controller = new AbortController();
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes(`data: ${created}\n\n`));
        controller.signal.addEventListener('abort', () => c.error(new DOMException('aborted', 'AbortError')));
      },
    });
    const { facts } = await send(() => new Response(stream, { headers: SSE }), {
      controller,
      onAction: (action) => {
        if (action.kind === 'event') setTimeout(() => controller.abort(), 5);
      },
    });
    expect(facts).toEqual([
      { kind: 'start' },
      { kind: 'headers', status: 200 },
      event(created),
      { kind: 'abort' },
    ]);
  });
});

describe('sendResponsesRequest: JSON, HTML and text bodies', () => {
  const response =
    '{"id":"resp_1","object":"response","status":"completed","output":[{"type":"message","content":[]}]}';

  it('a JSON Response despite stream:true, split at odd boundaries', async () => {
    for (const { name, chunks } of chunkings(bytes(`\n  ${response}\n`), 3)) {
      const { facts } = await send(sse(chunks, { 'content-type': 'application/json' }));
      expect(facts, name).toEqual([
        { kind: 'start' },
        { kind: 'headers', status: 200 },
        { kind: 'json', body: JSON.parse(response) as unknown },
        { kind: 'end' },
      ]);
    }
  });

  it('a 200 JSON error body, even labelled text/event-stream, is a stream error with the status', async () => {
    const body =
      '{"error":{"message":"quota exceeded (request id: Q1)","type":"new_api_error","code":"insufficient_user_quota"}}';
    const { facts } = await send(sse([bytes(body)]));
    expect(facts[2]).toEqual({
      kind: 'error',
      error: {
        kind: 'stream',
        status: 200,
        message: 'quota exceeded',
        type: 'new_api_error',
        code: 'insufficient_user_quota',
        requestId: 'Q1',
        raw: body,
      },
    });
    expect(facts[3]).toEqual({ kind: 'end' });
  });

  it('a 200 HTML page (login portal, wrong URL) is invalid-data with a readable message', async () => {
    const html =
      '<!doctype html><html><head><title>Sign in &amp; continue</title></head><body>…</body></html>';
    const { facts } = await send(sse([bytes(html)], { 'content-type': 'text/html' }));
    expect(facts[2]).toEqual({
      kind: 'error',
      error: {
        kind: 'invalid-data',
        message:
          'The server answered HTTP 200 with an HTML page instead of an event stream ("Sign in & continue").',
        hint: expect.stringContaining('base URL') as unknown,
        text: {
          id: 'htmlInsteadOfStreamTitled',
          params: { status: 'HTTP 200', title: 'Sign in & continue' },
        },
        hintText: { id: 'hintNotApiRoot' },
        raw: html,
      },
    });
  });

  it('a 200 text body is invalid-data; a 200 empty JSON body too', async () => {
    const text = await send(sse([bytes('upstream said no')], { 'content-type': 'text/plain' }));
    expect(text.facts[2]).toMatchObject({
      kind: 'error',
      error: { kind: 'invalid-data', message: expect.stringContaining('upstream said no') as unknown },
    });
    const empty = await send(sse([], { 'content-type': 'application/json' }));
    expect(empty.facts[2]).toMatchObject({
      kind: 'error',
      error: { kind: 'invalid-data', message: expect.stringContaining('empty body') as unknown },
    });
  });
});

describe('sendResponsesRequest: HTTP and network failures', () => {
  it('401 JSON', async () => {
    const body =
      '{"error":{"message":"Incorrect API key provided.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}';
    const { facts } = await send(
      sse(
        [bytes(body.slice(0, 7)), bytes(body.slice(7))],
        { 'content-type': 'application/json', 'x-request-id': 'r1' },
        401,
      ),
    );
    expect(facts).toEqual([
      { kind: 'start' },
      { kind: 'headers', status: 401, requestId: 'r1' },
      {
        kind: 'error',
        error: {
          kind: 'http',
          status: 401,
          message: 'Incorrect API key provided.',
          type: 'invalid_request_error',
          code: 'invalid_api_key',
          requestId: 'r1',
          hint: 'Check the API key for this base URL.',
          hintText: { id: 'hintCheckKey' },
          raw: body,
        },
      },
      { kind: 'end' },
    ]);
  });

  it('HTML 502 from a proxy', async () => {
    const html =
      '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>';
    const { facts } = await send(sse([bytes(html)], { 'content-type': 'text/html' }, 502));
    expect(facts[2]).toMatchObject({
      kind: 'error',
      error: {
        kind: 'http',
        status: 502,
        message: 'HTTP 502 Bad Gateway: the server sent an HTML page ("502 Bad Gateway")',
        raw: html,
      },
    });
    expect(facts[3]).toEqual({ kind: 'end' });
  });

  it('a rejected fetch, and no server behind it either: a network error naming the origin', async () => {
    const { facts } = await send(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(facts).toEqual([
      { kind: 'start' },
      {
        kind: 'error',
        error: {
          kind: 'network',
          message: expect.stringMatching(
            /^No server answered at https:\/\/relay\.example: .*misspelt/,
          ) as unknown,
          text: { id: 'noServer', params: { origin: 'https://relay.example' } },
          hint: expect.stringContaining('port') as unknown,
          hintText: { id: 'hintNoServer' },
          raw: 'TypeError: Failed to fetch',
        },
      },
      { kind: 'end' },
    ]);
  });

  it('a rejected fetch where a no-cors look reaches the server: CORS, named as such', async () => {
    const { facts } = await send((init) =>
      init.mode === 'no-cors'
        ? new Response(null, { status: 200 })
        : Promise.reject(new TypeError('Failed to fetch')),
    );
    expect(facts[1]).toMatchObject({
      kind: 'error',
      error: {
        kind: 'network',
        text: { id: 'corsBlocked' },
        message: expect.stringMatching(/CORS/) as unknown,
      },
    });
  });

  it('a fetch rejected because of abort is an abort, not an error', async () => {
    const controller = new AbortController();
    const { facts } = await send(
      () => {
        controller.abort();
        return Promise.reject(new DOMException('The operation was aborted.', 'AbortError'));
      },
      { controller },
    );
    expect(facts).toEqual([{ kind: 'start' }, { kind: 'abort' }]);
  });

  it('an invalid base URL or header fails before fetch', async () => {
    const badUrl = await send(sse([]), { endpoint: { baseUrl: 'ftp://x' } });
    expect(badUrl.calls).toHaveLength(0);
    expect(badUrl.facts).toEqual([
      { kind: 'start' },
      {
        kind: 'error',
        error: expect.objectContaining({
          kind: 'network',
          message: expect.stringContaining('http') as unknown,
        }) as unknown,
      },
      { kind: 'end' },
    ]);
    const badKey = await send(sse([]), { endpoint: { baseUrl: 'https://x.y', apiKey: 'sk-\u200bx' } });
    expect(badKey.calls).toHaveLength(0);
    expect(badKey.facts[1]).toMatchObject({
      kind: 'error',
      error: { message: expect.stringContaining('API key') as unknown },
    });
  });

  it('never rejects, even when onAction throws', async () => {
    await expect(
      sendResponsesRequest({
        endpoint,
        body: '{}',
        signal: new AbortController().signal,
        fetch: () => Promise.resolve(new Response('')),
        onAction: () => {
          throw new Error('bug in the caller');
        },
      }),
    ).resolves.toBeUndefined();
  });
});

function urlOf(input: string | URL | Request): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}

describe('sendResponsesRequest: response headers', () => {
  it('hands the status and every readable header to onResponse before the headers action', async () => {
    const seen: string[] = [];
    await sendResponsesRequest({
      endpoint,
      body: REQUEST,
      signal: new AbortController().signal,
      fetch: () =>
        Promise.resolve(
          new Response(streamOf([bytes(`data: ${completed}\n\n`)]), {
            status: 200,
            headers: { ...SSE, 'x-request-id': 'req_7', 'x-ratelimit-remaining-requests': '99' },
          }),
        ),
      onResponse: ({ status, headers }) =>
        seen.push(`response ${status} ${headers.get('x-ratelimit-remaining-requests')}`),
      onAction: (action) => seen.push(action.kind),
    });
    expect(seen.slice(0, 3)).toEqual(['start', 'response 200 99', 'headers']);
  });
});
