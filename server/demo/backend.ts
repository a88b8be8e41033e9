/**
 * The demo backend: a Web-standard `(Request) => Promise<Response>` handler that imitates the
 * OpenAI Responses API closely enough to exercise every part of the playground without a key.
 * See README.md beside this file for the routes, the demo-* models and the metadata knobs.
 */
import {
  CORS_HEADERS,
  errorResponse,
  INVALID_JSON_MESSAGE,
  invalidRequest,
  jsonResponse,
  modelError,
  notFound,
  previousNotFound,
} from './errors';
import { BackgroundRun, BackgroundRuns, sseHeaders } from './background';
import {
  conversationNotFound,
  conversationParam,
  conversationRoute,
  ConversationStore,
} from './conversations';
import { createIdFactory } from './ids';
import { createInvalidArgsDecider, invalidArgsKnob } from './invalid-args';
import { storedItem } from './items';
import {
  DEMO_LIMITS,
  drainInSlices,
  methodNotAllowed,
  readBodyCapped,
  tooLarge,
  withDeadline,
} from './limits';
import { modelList } from './models';
import { planResponse } from './plan';
import type { JsonMap } from './request';
import { inputItems, isMap, metadataNumber } from './request';
import { createResponseObject, snapshot } from './response-object';
import { responseRoute } from './response-routes';
import { createRng, hashString } from './rng';
import { buildSequence, type Step } from './sequence';
import { sseStream } from './sse-stream';
import { ResponseStore, type StoredResponse } from './store';

export interface DemoBackendOptions {
  /** Where the API lives; `POST {basePath}/v1/responses`. Default `/demo`. */
  basePath?: string;
  /** Milliseconds between deltas unless `metadata.demo_pace_ms` says otherwise. Default 25. */
  defaultPaceMs?: number;
  /** How many responses to keep for previous_response_id and GET. Default 500. */
  maxStored?: number;
  /** Their total size (request text and output), oldest dropped first. Default 64 MiB. */
  maxStoredBytes?: number;
  /** Largest request body; 413 beyond. Default 4 MiB. */
  maxBodyBytes?: number;
  /** One request's whole life, streaming included; a stream still going then just ends. Default 5 min. */
  maxRequestMs?: number;
  /** Clock (ms since the epoch), injectable for tests. */
  now?: () => number;
  /**
   * Where answered responses are kept (default: a new in-memory store of `maxStored`). The in-browser
   * demo passes one that survives its Service Worker being stopped while idle.
   */
  store?: ResponseStore;
  /** Milliseconds a background response stays `queued` before it starts. Default 400. */
  queueMs?: number;
}

/** Events a deliberately broken background stream delivers before it ends (`metadata.demo_drop_after`). */
const DEFAULT_DROP_AFTER = 12;

export type DemoBackend = (request: Request) => Promise<Response>;

/** Creates the demo handler. Each handler has its own in-memory response store. */
export function createDemoBackend(options: DemoBackendOptions = {}): DemoBackend {
  const basePath = (options.basePath ?? '/demo').replace(/\/+$/, '');
  const defaultPace = options.defaultPaceMs ?? 25;
  const now = options.now ?? Date.now;
  const store =
    options.store ??
    new ResponseStore(
      options.maxStored ?? DEMO_LIMITS.maxStored,
      options.maxStoredBytes ?? DEMO_LIMITS.maxStoredBytes,
    );
  const maxBodyBytes = options.maxBodyBytes ?? DEMO_LIMITS.maxBodyBytes;
  const maxRequestMs = options.maxRequestMs ?? DEMO_LIMITS.maxRequestMs;
  let counter = 0;
  const breaks = createInvalidArgsDecider();
  const conversations = new ConversationStore(options.maxStored ?? 500);
  const nowSeconds = () => Math.floor(now() / 1000);
  const freshRng = () => createRng(hashString(String(++counter)) ^ now());
  const runs = new BackgroundRuns();
  /** Background streams break on purpose while `dropsLeft` lasts (each connection once). */
  const dropAfter = (run: BackgroundRun): number | undefined => {
    if (run.dropsLeft <= 0) return undefined;
    run.dropsLeft--;
    return metadataNumber(run.response as unknown as JsonMap, 'demo_drop_after') || DEFAULT_DROP_AFTER;
  };

  async function create(request: Request): Promise<Response> {
    const started = now();
    const read = await readJsonBody(request, maxBodyBytes);
    if (read instanceof Response) return read;
    const { text, body } = read;
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
    if (!knobs.ok) return knobs.response;
    const previous = body.previous_response_id;
    if (typeof previous === 'string' && previous !== '' && !store.get(previous))
      return previousNotFound(previous);
    const conversationId = conversationParam(body);
    if (conversationId && typeof previous === 'string' && previous !== '')
      return invalidRequest(
        "Mutually exclusive parameters: Ensure you are only providing one of: 'previous_response_id' or 'conversation'.",
        null,
        'mutually_exclusive_parameters',
      );
    const conversation = conversationId ? conversations.get(conversationId) : undefined;
    if (conversationId && !conversation) return conversationNotFound(conversationId);
    const background = body.background === true;
    if (background && body.store === false)
      return invalidRequest('Background mode requires store=true.', 'background', 'invalid_value');

    // Content depends only on the request text; ids also mix in a counter so that sending the same
    // request twice still yields two distinct responses.
    const createdAt = Math.floor(started / 1000);
    const rng = createRng(hashString(text));
    const idRng = createRng(hashString(text, ++counter) ^ started);
    const ids = createIdFactory(idRng, createdAt);
    const items = inputItems(body);
    const chain =
      typeof previous === 'string' && previous
        ? store.chain(previous)
        : (conversation?.responseIds.map((id) => store.get(id)).filter((e): e is StoredResponse => !!e) ??
          []);
    const { plan, userText, turn } = planResponse({
      body,
      model: body.model,
      items,
      chain,
      rng,
      forcedDeltas: knobs.deltas,
      breaksArguments: (name) => breaks(invalidArgsKnob(body), name),
      ...(conversation ? { conversation: { id: conversation.id, items: conversation.items } } : {}),
    });
    // In the background a "cut" is a broken connection the client can resume, not a lost response.
    let drops = metadataNumber(body, 'demo_drops') ?? 0;
    if (background && plan.ending.kind === 'cut') {
      plan.ending = { kind: 'completed' };
      drops = Math.max(drops, 1);
    }
    const response = createResponseObject(body, ids.responseId, createdAt, conversation?.id);
    const input = items.map((item) => storedItem(item, idRng));
    if (body.store !== false) store.put({ response, input, userText, turn }, text.length);
    if (conversation) {
      conversation.items.push(...input);
      conversation.responseIds.push(response.id);
    }
    const deadline = withDeadline(request.signal, maxRequestMs);
    const signal = deadline.signal;
    // Output counts towards the store's size once it is known.
    const stored = () => {
      deadline.clear();
      store.resize(response.id, text.length + JSON.stringify(response.output).length);
    };
    const streamOptions = isMap(body.stream_options) ? body.stream_options : {};
    const steps = settleInto(
      buildSequence(plan, response, {
        ids,
        nowSeconds,
        obfuscation: streamOptions.include_obfuscation === false ? null : () => idRng.alnum(idRng.int(1, 12)),
        background,
      }),
      // A response joins its conversation with its output once it is done.
      () => conversation?.items.push(...response.output),
    );
    const headers = {
      'x-request-id': ids.requestId(),
      'openai-processing-ms': String(Math.max(1, now() - started)),
    };

    const paceMs = knobs.paceMs ?? defaultPace;
    if (background) {
      // A background run outlives its request: it ends with the run, not with the connection.
      deadline.clear();
      const run = new BackgroundRun(steps, response, { paceMs, queueMs: options.queueMs ?? 400 });
      run.dropsLeft = drops;
      runs.add(run);
      if (body.stream !== true) return jsonResponse(200, snapshot(response), headers);
      const stream = run.subscribe(undefined, request.signal, dropAfter(run));
      return new Response(stream, { status: 200, headers: sseHeaders({ ...CORS_HEADERS, ...headers }) });
    }

    if (body.stream === true) {
      const stream = sseStream(steps, {
        paceMs,
        signal,
        onEnd: (reason) => {
          if (reason === 'aborted' && response.status === 'in_progress') response.status = 'cancelled';
          stored();
        },
      });
      return new Response(stream, { status: 200, headers: sseHeaders({ ...CORS_HEADERS, ...headers }) });
    }

    // Drain in slices (the final state ends up in `response`): other requests are served meanwhile.
    const finished = await drainInSlices(steps, signal, DEMO_LIMITS.sliceSteps);
    stored();
    if (!finished) {
      if (response.status === 'in_progress') response.status = 'cancelled';
      return errorResponse(504, {
        message: `The demo stopped this request after ${maxRequestMs} ms.`,
        type: 'server_error',
        param: null,
        code: 'timeout',
      });
    }
    if (response.status === 'failed') {
      return errorResponse(
        500,
        {
          message: response.error?.message ?? 'Server error',
          type: 'server_error',
          param: null,
          code: 'server_error',
        },
        headers,
      );
    }
    if (plan.ending.kind === 'cut' && response.status === 'in_progress') {
      // The connection drops halfway through the JSON body.
      const full = JSON.stringify(response, null, 2);
      return new Response(full.slice(0, Math.floor(full.length / 2)), {
        headers: { 'content-type': 'application/json', ...CORS_HEADERS, ...headers },
      });
    }
    return jsonResponse(200, response, headers);
  }

  return async function demoBackend(request: Request): Promise<Response> {
    const response = await route(request);
    // The body is JSON or SSE from our own generator: never let a browser sniff it into a page.
    response.headers.set('x-content-type-options', 'nosniff');
    return response;
  };

  async function route(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    if (!['GET', 'POST', 'DELETE', 'OPTIONS'].includes(method)) return methodNotAllowed(method);
    if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`))
      return notFound(method, url.pathname);
    // Accept both `/v1/responses` and `/responses` (a base URL typed with or without /v1).
    const path = url.pathname.slice(basePath.length).replace(/^\/v1(?=\/)/, '');

    if (method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: {
          ...CORS_HEADERS,
          'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS',
          'access-control-allow-headers':
            request.headers.get('access-control-request-headers') ?? 'authorization, content-type',
          'access-control-max-age': '86400',
        },
      });
    }
    if (path === '/responses' && method === 'POST') return create(request);
    if (path === '/models' && method === 'GET') return jsonResponse(200, modelList());
    const routed =
      (await responseRoute(path, method, request, {
        store,
        runs,
        conversations,
        rng: freshRng,
        nowSeconds,
        readBody: async () =>
          readJsonBody(request, maxBodyBytes).then((read) => (read instanceof Response ? read : read.body)),
        dropAfter,
      })) ??
      (await conversationRoute(path, method, url, {
        store: conversations,
        rng: freshRng,
        nowSeconds,
        readBody: async () =>
          readJsonBody(request, maxBodyBytes).then((read) => (read instanceof Response ? read : read.body)),
      }));
    if (routed) return routed;
    return notFound(method, url.pathname);
  }
}

/** `metadata.demo_deltas` and `demo_pace_ms`, refused beyond the demo's limits. */
function demoKnobs(
  body: JsonMap,
): { ok: true; deltas?: number; paceMs?: number } | { ok: false; response: Response } {
  const deltas = metadataNumber(body, 'demo_deltas');
  const paceMs = metadataNumber(body, 'demo_pace_ms');
  const over = (name: string, max: number) => ({
    ok: false as const,
    response: invalidRequest(`metadata.${name} may be at most ${max}.`, `metadata.${name}`, 'demo_limit'),
  });
  if (deltas !== undefined && deltas > DEMO_LIMITS.maxDeltas)
    return over('demo_deltas', DEMO_LIMITS.maxDeltas);
  if (paceMs !== undefined && paceMs > DEMO_LIMITS.maxPaceMs)
    return over('demo_pace_ms', DEMO_LIMITS.maxPaceMs);
  return {
    ok: true,
    ...(deltas === undefined ? {} : { deltas }),
    ...(paceMs === undefined ? {} : { paceMs }),
  };
}

/** Runs `settled` once the steps ran out (not when the client stopped them early). */
function* settleInto(steps: Generator<Step>, settled: () => void): Generator<Step> {
  yield* steps;
  settled();
}

/** A request body as a JSON object, or the 400 the API answers when it is not one. */
/** The request's body as a JSON object (read at most `maxBytes`), or the error answer. */
async function readJsonBody(
  request: Request,
  maxBytes: number,
): Promise<{ text: string; body: JsonMap } | Response> {
  const read = await readBodyCapped(request, maxBytes);
  if (!read.ok) return tooLarge(maxBytes);
  const body = parseBody(read.text);
  return body instanceof Response ? body : { text: read.text, body };
}

function parseBody(text: string): JsonMap | Response {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return invalidRequest(INVALID_JSON_MESSAGE);
  }
  return isMap(parsed)
    ? parsed
    : invalidRequest("Invalid type for 'body': expected an object.", null, 'invalid_type');
}
