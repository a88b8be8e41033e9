/**
 * `POST /v1/responses`: checks the request (create-checks.ts), plans the answer (plan.ts), stores the
 * response and answers it as a paced SSE stream, a background run or a plain JSON body.
 */
import { BackgroundRun, type BackgroundRuns, sseHeaders } from './background';
import type { ConversationStore } from './conversations';
import { checkCreate } from './create-checks';
import { CORS_HEADERS, errorResponse, jsonResponse } from './errors';
import { createIdFactory } from './ids';
import { createInvalidArgsDecider, invalidArgsKnob } from './invalid-args';
import { storedItem } from './items';
import { readJsonBody } from './json-body';
import { DEMO_LIMITS, drainInSlices, withDeadline } from './limits';
import { planResponse } from './plan';
import { inputItems, isMap, metadataNumber } from './request';
import { createResponseObject, snapshot, type ResponseObject } from './response-object';
import { createRng, hashString } from './rng';
import { buildSequence, type Ending, type Step } from './sequence';
import { sseStream } from './sse-stream';
import type { ResponseStore, StoredResponse } from './store';

/** What the create route shares with the rest of one handler. */
export interface CreateContext {
  store: ResponseStore;
  conversations: ConversationStore;
  runs: BackgroundRuns;
  now: () => number;
  nowSeconds: () => number;
  /** The handler's request counter, mixed into ids so that the same request twice gets two ids. */
  nextCount: () => number;
  /** Decides which calls get broken arguments (`demo_invalid_args`), across requests. */
  breaks: ReturnType<typeof createInvalidArgsDecider>;
  defaultPaceMs: number;
  maxBodyBytes: number;
  maxRequestMs: number;
  queueMs: number;
  dropAfter: (run: BackgroundRun) => number | undefined;
}

/** Answers `POST /v1/responses`. */
export async function createResponse(request: Request, ctx: CreateContext): Promise<Response> {
  const started = ctx.now();
  const read = await readJsonBody(request, ctx.maxBodyBytes);
  if (read instanceof Response) return read;
  const { text, body } = read;
  const checked = checkCreate(request, body, ctx);
  if (checked instanceof Response) return checked;
  const { previous, conversation } = checked;
  const background = body.background === true;

  // Content depends only on the request text; ids also mix in a counter so that sending the same
  // request twice still yields two distinct responses.
  const createdAt = Math.floor(started / 1000);
  const rng = createRng(hashString(text));
  const idRng = createRng(hashString(text, ctx.nextCount()) ^ started);
  const ids = createIdFactory(idRng, createdAt);
  const items = inputItems(body);
  const chain = previous
    ? ctx.store.chain(previous)
    : (conversation?.responseIds.map((id) => ctx.store.get(id)).filter((e): e is StoredResponse => !!e) ??
      []);
  const { plan, userText, turn } = planResponse({
    body,
    model: checked.model,
    items,
    chain,
    rng,
    forcedDeltas: checked.deltas,
    breaksArguments: (name) => ctx.breaks(invalidArgsKnob(body), name),
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
  if (body.store !== false) ctx.store.put({ response, input, userText, turn }, text.length);
  if (conversation) {
    conversation.items.push(...input);
    conversation.responseIds.push(response.id);
  }
  const deadline = withDeadline(request.signal, ctx.maxRequestMs);
  // Output counts towards the store's size once it is known.
  const stored = () => {
    deadline.clear();
    ctx.store.resize(response.id, text.length + JSON.stringify(response.output).length);
  };
  const streamOptions = isMap(body.stream_options) ? body.stream_options : {};
  const steps = settleInto(
    buildSequence(plan, response, {
      ids,
      nowSeconds: ctx.nowSeconds,
      obfuscation: streamOptions.include_obfuscation === false ? null : () => idRng.alnum(idRng.int(1, 12)),
      background,
    }),
    // A response joins its conversation with its output once it is done.
    () => conversation?.items.push(...response.output),
  );
  const headers = {
    'x-request-id': ids.requestId(),
    'openai-processing-ms': String(Math.max(1, ctx.now() - started)),
  };

  const paceMs = checked.paceMs ?? ctx.defaultPaceMs;
  if (background) {
    // A background run outlives its request: it ends with the run, not with the connection.
    deadline.clear();
    const run = new BackgroundRun(steps, response, { paceMs, queueMs: ctx.queueMs });
    run.dropsLeft = drops;
    ctx.runs.add(run);
    if (body.stream !== true) return jsonResponse(200, snapshot(response), headers);
    const stream = run.subscribe(undefined, request.signal, ctx.dropAfter(run));
    return new Response(stream, { status: 200, headers: sseHeaders({ ...CORS_HEADERS, ...headers }) });
  }

  if (body.stream === true) {
    const stream = sseStream(steps, {
      paceMs,
      signal: deadline.signal,
      onEnd: (reason) => {
        if (reason === 'aborted' && response.status === 'in_progress') response.status = 'cancelled';
        stored();
      },
    });
    return new Response(stream, { status: 200, headers: sseHeaders({ ...CORS_HEADERS, ...headers }) });
  }

  // Drain in slices (the final state ends up in `response`): other requests are served meanwhile.
  const finished = await drainInSlices(steps, deadline.signal, DEMO_LIMITS.sliceSteps);
  stored();
  return plainAnswer(response, { finished, ending: plan.ending, headers, maxRequestMs: ctx.maxRequestMs });
}

/** The JSON answer of a drained, non-streamed response: the Response, or how it ended badly. */
function plainAnswer(
  response: ResponseObject,
  how: { finished: boolean; ending: Ending; headers: Record<string, string>; maxRequestMs: number },
): Response {
  const { headers } = how;
  if (!how.finished) {
    if (response.status === 'in_progress') response.status = 'cancelled';
    return errorResponse(504, {
      message: `The demo stopped this request after ${how.maxRequestMs} ms.`,
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
  if (how.ending.kind === 'cut' && response.status === 'in_progress') {
    // The connection drops halfway through the JSON body.
    const full = JSON.stringify(response, null, 2);
    return new Response(full.slice(0, Math.floor(full.length / 2)), {
      headers: { 'content-type': 'application/json', ...CORS_HEADERS, ...headers },
    });
  }
  return jsonResponse(200, response, headers);
}

/** Runs `settled` once the steps ran out (not when the client stopped them early). */
function* settleInto(steps: Generator<Step>, settled: () => void): Generator<Step> {
  yield* steps;
  settled();
}
