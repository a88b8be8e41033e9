/**
 * Small Web-standard servers that answer like OpenAI, new-api, LiteLLM, one-api (no /v1/responses)
 * and a relay without CORS headers, for the doctor's tests. Only the traits the doctor looks at are
 * modelled, as those relays behave: CORS answers, stream framing, store/previous_response_id, usage, tools,
 * reasoning items, error shapes.
 */
import { extraRoute, isExtraRoute } from './fake-relay-extras';

type Json = Record<string, unknown>;

export interface FakeRelayTraits {
  /** `echo`: allow the requested headers (Starlette); `gin`: `*` everywhere (gin-contrib/cors); `none`. */
  cors: 'echo' | 'gin' | 'none';
  framing: 'openai' | 'data-only';
  done: boolean;
  pingComments: boolean;
  keepaliveEvents: boolean;
  /** Serves /v1/responses at all (one-api does not). */
  responses: boolean;
  /** GET /v1/responses/{id} returns stored responses. */
  retrievable: boolean;
  /** previous_response_id finds earlier responses. */
  chaining: boolean;
  usage: 'full' | 'basic' | 'none';
  /** Reasoning items for requests with `reasoning`; `refuse` answers 400 instead. */
  reasoning: boolean | 'refuse';
  sequenceNumbers: boolean;
  /** Appended to error messages, like new-api's `(request id: …)`. */
  errorSuffix: string;
  /** The rest of the Responses API (background, cancel, resume, input items, tokens, compact, conversations). */
  extras: boolean;
}

const OPENAI: FakeRelayTraits = {
  cors: 'echo',
  framing: 'openai',
  done: false,
  pingComments: false,
  keepaliveEvents: true,
  responses: true,
  retrievable: true,
  chaining: true,
  usage: 'full',
  reasoning: true,
  sequenceNumbers: true,
  errorSuffix: '',
  extras: true,
};

/** The kinds of server the doctor is tested against. */
export const FLAVOURS = {
  openai: OPENAI,
  newApi: {
    ...OPENAI,
    cors: 'gin',
    pingComments: true,
    keepaliveEvents: false,
    retrievable: false,
    chaining: false,
    errorSuffix: ' (request id: 2025082509301234)',
    extras: false,
  },
  litellm: {
    ...OPENAI,
    framing: 'data-only',
    done: true,
    keepaliveEvents: false,
    usage: 'basic',
    reasoning: 'refuse',
    extras: false,
  },
  oneApi: { ...OPENAI, cors: 'gin', responses: false },
  noCors: { ...OPENAI, cors: 'none' },
} satisfies Record<string, FakeRelayTraits>;

/** A fake relay at `/v1/…` (any prefix). Also returns the requests it received. */
export function fakeRelay(traits: FakeRelayTraits): {
  handle: (request: Request) => Promise<Response>;
  received: Request[];
} {
  const stored = new Map<string, Json>();
  const received: Request[] = [];
  let counter = 0;

  const cors = (request: Request): Record<string, string> => {
    if (traits.cors === 'none') return {};
    if (traits.cors === 'gin')
      return {
        'access-control-allow-origin': '*',
        'access-control-allow-credentials': 'true',
        'access-control-allow-headers': '*',
        'access-control-allow-methods': 'GET,POST,PUT,DELETE,OPTIONS',
      };
    return {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': request.headers.get('access-control-request-headers') ?? '',
    };
  };
  const json = (request: Request, status: number, body: unknown) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...cors(request) },
    });
  const error = (request: Request, status: number, message: string, extra: Json = {}) =>
    json(request, status, {
      error: {
        message: message + traits.errorSuffix,
        type: 'invalid_request_error',
        param: null,
        code: null,
        ...extra,
      },
    });

  async function handle(request: Request): Promise<Response> {
    received.push(request.clone());
    const path = new URL(request.url).pathname;
    if (request.method === 'OPTIONS')
      return new Response(null, { status: traits.cors === 'none' ? 404 : 204, headers: cors(request) });
    if (request.method === 'GET' && path.endsWith('/v1/models'))
      return json(request, 200, {
        object: 'list',
        data: ['gpt-4.1-mini', 'o4-mini'].map((id) => ({ id, object: 'model' })),
      });
    if (traits.responses && traits.extras) {
      const extra = extraRoute(request, stored, (status, body) => json(request, status, body), sse);
      if (extra) return extra;
    }
    const missing = !traits.extras && isExtraRoute(request.method, path);
    if (!traits.responses || !path.includes('/v1/responses') || missing)
      return json(request, 404, {
        error: {
          message: `Invalid URL (${request.method} ${path})`,
          type: 'invalid_request_error',
          param: '',
          code: '',
        },
      });
    const id = path.match(/\/v1\/responses\/([^/]+)$/)?.[1];
    if (request.method === 'GET' && id) {
      const found = traits.retrievable ? stored.get(decodeURIComponent(id)) : undefined;
      return found ? json(request, 200, found) : error(request, 404, `Invalid URL (GET ${path})`);
    }
    const body = (await request.json()) as Json;
    const previous = body.previous_response_id;
    if (typeof previous === 'string' && !(traits.chaining && stored.has(previous)))
      return error(request, 400, `Previous response with id '${previous}' not found.`, {
        param: 'previous_response_id',
        code: 'previous_response_not_found',
      });
    if (body.reasoning && traits.reasoning === 'refuse')
      return error(request, 400, 'litellm.BadRequestError: reasoning is not supported for this model');
    if (traits.extras && body.background === true) body.store = true;
    const response = answer(
      `resp_${traits.framing === 'data-only' ? 'bGl0ZWxsbTpjdXN0b21fbGxtX3Byb3ZpZGVy' : ''}${++counter}`,
      body,
    );
    if (body.store !== false) stored.set(response.id as string, response);
    if (body.stream !== true) return json(request, 200, response);
    return new Response(sse(response), {
      headers: { 'content-type': 'text/event-stream', ...cors(request) },
    });
  }

  function answer(id: string, body: Json): Json {
    const output: Json[] = [];
    if (body.reasoning && traits.reasoning === true)
      output.push({
        type: 'reasoning',
        id: `rs_${id}`,
        summary: [{ type: 'summary_text', text: 'Multiply.' }],
      });
    const tools = Array.isArray(body.tools) ? (body.tools as Json[]) : [];
    if (tools[0])
      output.push({
        type: 'function_call',
        id: `fc_${id}`,
        call_id: `call_${id}`,
        name: tools[0].name,
        arguments: '{"city":"Paris"}',
        status: 'completed',
      });
    else
      output.push({
        type: 'message',
        id: `msg_${id}`,
        role: 'assistant',
        status: 'completed',
        content: [{ type: 'output_text', text: 'OK', annotations: [] }],
      });
    const usage =
      traits.usage === 'none'
        ? undefined
        : traits.usage === 'basic'
          ? { input_tokens: 12, output_tokens: 2, total_tokens: 14 }
          : {
              input_tokens: 12,
              input_tokens_details: { cached_tokens: 0 },
              output_tokens: 2,
              output_tokens_details: { reasoning_tokens: 0 },
              total_tokens: 14,
            };
    return {
      id,
      object: 'response',
      status: 'completed',
      model: body.model,
      store: body.store !== false,
      ...(traits.extras && body.background === true ? { background: true } : {}),
      output,
      ...(usage ? { usage } : {}),
    };
  }

  function sse(response: Json): ReadableStream<Uint8Array> {
    const events: Json[] = [
      { type: 'response.created', response: { ...response, status: 'in_progress', output: [] } },
    ];
    (response.output as Json[]).forEach((item, i) => {
      events.push({ type: 'response.output_item.added', output_index: i, item });
      if (item.type === 'message')
        events.push({ type: 'response.output_text.delta', output_index: i, content_index: 0, delta: 'OK' });
      events.push({ type: 'response.output_item.done', output_index: i, item });
    });
    events.push({ type: 'response.completed', response });
    let text = '';
    events.forEach((event, seq) => {
      if (traits.sequenceNumbers) event.sequence_number = seq;
      const data = JSON.stringify(event);
      text +=
        traits.framing === 'openai' ? `event: ${String(event.type)}\ndata: ${data}\n\n` : `data: ${data}\n\n`;
      if (seq === 0 && traits.pingComments) text += ': PING\n\n';
      if (seq === 0 && traits.keepaliveEvents) text += `event: keepalive\ndata: {"type":"keepalive"}\n\n`;
    });
    if (traits.done) text += 'data: [DONE]\n\n';
    const bytes = new TextEncoder().encode(text);
    return new ReadableStream({
      start(controller) {
        // Two chunks, so readers really work incrementally.
        const cut = Math.floor(bytes.length / 2);
        controller.enqueue(bytes.subarray(0, cut));
        controller.enqueue(bytes.subarray(cut));
        controller.close();
      },
    });
  }

  return { handle, received };
}

/** A fetch that hands every request to `handle`, as a server at any origin would get it. */
export function fetchVia(handle: (request: Request) => Promise<Response>): typeof fetch {
  return (input, init) => handle(new Request(input, init));
}
