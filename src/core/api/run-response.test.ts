import { describe, expect, it } from 'vitest';
import { noticeText } from '../response/notice-messages';
import { initialView, reduceRun } from '../response/reduce';
import { outputText } from '../response/selectors';
import type { ResponseView, RunAction } from '../response/types';
import { bytes, streamOf } from '../sse/testing';
import { followResponse, runResponse } from './run-response';

const BASE = 'https://relay.example/v1';
const TEXT = ['Hello', ' from', ' the', ' background', ' 你好', '👋', ' and', ' bye', '.'];
const BG_BODY = '{"model":"gpt-5","input":"hi","stream":true,"background":true}';

/** The events of one background response whose text is TEXT, numbered from 0. */
function events(id = 'resp_bg'): Record<string, unknown>[] {
  const response = (status: string) => ({ id, object: 'response', background: true, status, output: [] });
  const at = { item_id: 'msg_1', output_index: 0, content_index: 0 };
  const item = { id: 'msg_1', type: 'message', role: 'assistant', status: 'in_progress', content: [] };
  const text = TEXT.join('');
  const list: Record<string, unknown>[] = [
    { type: 'response.created', response: response('queued') },
    { type: 'response.in_progress', response: response('in_progress') },
    { type: 'response.output_item.added', output_index: 0, item },
    { type: 'response.content_part.added', ...at, part: { type: 'output_text', text: '' } },
    ...TEXT.map((delta) => ({ type: 'response.output_text.delta', ...at, delta })),
    { type: 'response.output_text.done', ...at, text },
    {
      type: 'response.output_item.done',
      output_index: 0,
      item: { ...item, status: 'completed', content: [{ type: 'output_text', text }] },
    },
    { type: 'response.completed', response: response('completed') },
  ];
  return list.map((event, sequence_number) => ({ ...event, sequence_number }));
}

const sse = (list: Record<string, unknown>[]) =>
  list.map((e) => `event: ${String(e.type)}\ndata: ${JSON.stringify(e)}\n\n`).join('');
const SSE_HEADERS = { 'content-type': 'text/event-stream' };

type Answer = () => Response;
/** An SSE body: one chunk per event when given a list (so an abort can land between events). */
const stream =
  (text: string | Uint8Array | string[], failWith?: Error): Answer =>
  () => {
    const chunks = Array.isArray(text)
      ? text.map((t) => bytes(t))
      : [typeof text === 'string' ? bytes(text) : text];
    return new Response(streamOf(chunks, failWith), { headers: SSE_HEADERS });
  };
const json =
  (status: number, body: unknown): Answer =>
  () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const text404: Answer = () => new Response('404 page not found', { status: 404 });

interface Outcome {
  view: ResponseView;
  actions: RunAction[];
  calls: { method: string; url: string }[];
  sleeps: number[];
}

/** Runs `body` against answers given in call order, folding every action into a view. */
async function run(
  answers: Answer[],
  body = BG_BODY,
  onAction?: (action: RunAction, controller: AbortController) => void,
): Promise<Outcome> {
  const controller = new AbortController();
  const calls: Outcome['calls'] = [];
  const sleeps: number[] = [];
  const actions: RunAction[] = [];
  let view = initialView();
  let clock = 0;
  await runResponse({
    endpoint: { baseUrl: BASE },
    body,
    signal: controller.signal,
    now: () => ++clock,
    fetch: (input, init) => {
      calls.push({
        method: init?.method ?? 'GET',
        url: input instanceof Request ? input.url : input.toString(),
      });
      const answer = answers.shift();
      return answer ? Promise.resolve(answer()) : Promise.reject(new TypeError('no more answers'));
    },
    sleep: (ms, signal) => {
      sleeps.push(ms);
      return Promise.resolve(!signal.aborted);
    },
    onAction: (action) => {
      actions.push(action);
      view = reduceRun(view, action);
      onAction?.(action, controller);
    },
  });
  return { view, actions, calls, sleeps };
}

const all = events();
const endsOf = (actions: RunAction[]) => actions.filter((a) => a.kind === 'end' || a.kind === 'abort');

describe('runResponse: resuming a broken background stream', () => {
  it('continues after the cut with nothing lost and nothing repeated', async () => {
    const cut = 7; // events 0..6 arrive, then the connection breaks
    const { view, calls, actions } = await run([
      stream(sse(all.slice(0, cut)), new TypeError('network error')),
      stream(sse(all.slice(cut))),
    ]);
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      `POST ${BASE}/responses`,
      `GET ${BASE}/responses/resp_bg?stream=true&starting_after=6`,
    ]);
    expect(view.status).toBe('completed');
    expect(outputText(view)).toBe(TEXT.join(''));
    expect(view.error).toBeUndefined();
    expect(view.resumes).toBe(1);
    expect(view.sequenceIssues).toBeUndefined();
    expect(view.notices.map(noticeText)).toContain('stream resumed after sequence_number 6');
    // One marker in the event log per resume: every event once, plus the marker.
    expect(view.eventCount).toBe(all.length + 1);
    expect(actions.filter((a) => a.kind === 'start')).toHaveLength(1);
    expect(endsOf(actions)).toEqual([expect.objectContaining({ kind: 'end' })]);
  });

  it('skips events the resumed stream sends again across the seam', async () => {
    const { view } = await run([
      stream(sse(all.slice(0, 8)), new TypeError('reset')),
      // A server that resends from an earlier point (off by a few): 5, 6, 7 are repeats.
      stream(sse(all.slice(5))),
    ]);
    expect(outputText(view)).toBe(TEXT.join(''));
    expect(view.skippedRepeats).toBe(3);
    expect(view.sequenceIssues).toBeUndefined();
    expect(view.status).toBe('completed');
  });

  it('handles a cut inside a multi-byte UTF-8 character (the half event is sent again whole)', async () => {
    const wire = bytes(sse(all));
    const emoji = wire.indexOf(0xf0); // first byte of 👋 (F0 9F 91 8B), inside the delta event 9
    const cutAt = emoji + 2;
    const { view, calls } = await run([stream(wire.slice(0, cutAt)), stream(sse(all.slice(9)))]);
    expect(calls[1]?.url).toBe(`${BASE}/responses/resp_bg?stream=true&starting_after=8`);
    expect(outputText(view)).toBe(TEXT.join(''));
    expect(outputText(view)).not.toContain('\uFFFD');
    expect(view.status).toBe('completed');
  });

  it('resumes again when the resumed stream drops too, from the newer sequence_number', async () => {
    const { view, calls, sleeps } = await run([
      stream(sse(all.slice(0, 5)), new TypeError('drop 1')),
      stream(sse(all.slice(5, 9)), new TypeError('drop 2')),
      stream(sse(all.slice(9))),
    ]);
    expect(calls.slice(1).map((c) => new URL(c.url).searchParams.get('starting_after'))).toEqual(['4', '8']);
    expect(sleeps).toEqual([250, 500]);
    expect(view.resumes).toBe(2);
    expect(view.notices.map(noticeText)).toContain('stream resumed after sequence_number 8 (attempt 2)');
    expect(outputText(view)).toBe(TEXT.join(''));
    expect(view.status).toBe('completed');
  });

  it('reports the cut when the response is not a background one', async () => {
    const foreground = events().map((e) =>
      typeof e.response === 'object'
        ? { ...e, response: { ...(e.response as object), background: false } }
        : e,
    );
    const plain = await run(
      [stream(sse(foreground.slice(0, 6)), new TypeError('reset'))],
      '{"model":"gpt-5","input":"hi","stream":true}',
    );
    expect(plain.calls).toHaveLength(1);
    expect(plain.view.status).toBe('failed');
    expect(plain.view.error?.kind).toBe('cut');
    expect(plain.view.notices.map(noticeText).join('\n')).not.toMatch(/ignored/);
    // Asked for background, but the server says it is not one: say so, and do not resume.
    const refused = await run([stream(sse(foreground.slice(0, 6)), new TypeError('reset'))]);
    expect(refused.calls).toHaveLength(1);
    expect(refused.view.status).toBe('failed');
    expect(refused.view.notices.map(noticeText).join('\n')).toMatch(/ignored "background": true/);
  });

  it('gives up after the last attempt and shows the break', async () => {
    const drops = Array.from({ length: 6 }, (_, i) =>
      stream(sse(all.slice(i, i + 1)), new TypeError(`drop ${i}`)),
    );
    const { view, calls } = await run(drops);
    expect(calls).toHaveLength(6); // the POST and 5 resumes
    expect(view.status).toBe('failed');
    expect(view.error?.kind).toBe('cut');
    // Each connection brought one more event (0–5): all of them stay.
    expect(outputText(view)).toBe('Hello from');
  });

  it('a resumed stream with nothing new: the response itself says how it ended', async () => {
    const { view, calls } = await run([
      stream(sse(all.slice(0, 6)), new TypeError('reset')),
      stream(''),
      json(200, { id: 'resp_bg', object: 'response', background: true, status: 'cancelled', output: [] }),
    ]);
    expect(calls.map((c) => c.method)).toEqual(['POST', 'GET', 'GET']);
    expect(calls[2]?.url).toBe(`${BASE}/responses/resp_bg`);
    expect(view.status).toBe('cancelled');
    expect(view.error).toBeUndefined();
    expect(outputText(view)).toBe('Hello from');
  });

  it('a resume the endpoint does not support fails with a clear message', async () => {
    const { view } = await run([stream(sse(all.slice(0, 6)), new TypeError('reset')), text404]);
    expect(view.status).toBe('failed');
    expect(view.error?.message).toMatch(/^The stream broke, and resuming it failed: 404 page not found/);
    expect(view.error?.hint).toMatch(/cannot resume streams/);
    expect(outputText(view)).toBe('Hello from');
  });
});

describe('runResponse: polling a background response answered as JSON', () => {
  const snapshot = (status: string, output: unknown[] = []) => ({
    id: 'resp_poll',
    object: 'response',
    background: true,
    status,
    output,
  });
  const message = {
    id: 'msg_1',
    type: 'message',
    role: 'assistant',
    status: 'completed',
    content: [{ type: 'output_text', text: 'Done in the background.' }],
  };

  it('queued → in progress → completed, with growing waits', async () => {
    const statuses: string[] = [];
    const { view, calls, sleeps } = await run(
      [
        json(200, snapshot('queued')),
        json(200, snapshot('queued')),
        json(200, snapshot('in_progress')),
        json(200, snapshot('completed', [message])),
      ],
      '{"model":"gpt-5","input":"hi","background":true}',
      (action) => {
        if (action.kind === 'json') statuses.push(String(action.body.status));
      },
    );
    expect(statuses).toEqual(['queued', 'queued', 'in_progress', 'completed']);
    expect(calls.slice(1).every((c) => c.method === 'GET' && c.url === `${BASE}/responses/resp_poll`)).toBe(
      true,
    );
    expect(sleeps).toEqual([500, 750, 1125]);
    expect(view.status).toBe('completed');
    expect(outputText(view)).toBe('Done in the background.');
  });

  it('an endpoint without GET /v1/responses/{id} fails the run with why', async () => {
    const { view } = await run([json(200, snapshot('queued')), text404], '{"model":"m","background":true}');
    expect(view.status).toBe('failed');
    expect(view.error?.message).toMatch(/Following the background response resp_poll failed/);
    expect(view.error?.hint).toMatch(/cannot retrieve responses/);
  });
});

describe('runResponse: Stop on a background response', () => {
  const stopAfter = (n: number) => (action: RunAction, controller: AbortController) => {
    if (action.kind === 'event' && action.event.sequence_number === n) controller.abort();
  };

  it('aborts, then asks the server to cancel and notes its answer', async () => {
    const { view, calls, actions } = await run(
      [
        stream(all.map((e) => sse([e]))),
        json(200, { id: 'resp_bg', object: 'response', status: 'cancelled' }),
      ],
      BG_BODY,
      stopAfter(5),
    );
    expect(calls[1]).toEqual({ method: 'POST', url: `${BASE}/responses/resp_bg/cancel` });
    expect(view.status).toBe('cancelled');
    expect(view.notices.map(noticeText)).toContain('Cancelled on the server: resp_bg is now cancelled.');
    expect(endsOf(actions)).toHaveLength(1);
  });

  it('says so when the endpoint has no cancel route', async () => {
    const { view } = await run([stream(all.map((e) => sse([e]))), text404], BG_BODY, stopAfter(5));
    expect(view.status).toBe('cancelled');
    expect(view.notices.map(noticeText).join('\n')).toMatch(/has no POST \/v1\/responses\/\{id\}\/cancel/);
  });

  it('sends no cancel for a response that is not a background one', async () => {
    const { calls, view } = await run(
      [stream(all.map((e) => sse([{ ...e, response: undefined }])))],
      '{"model":"m","stream":true}',
      stopAfter(5),
    );
    expect(calls).toHaveLength(1);
    expect(view.status).toBe('cancelled');
  });
});

describe('followResponse: an existing response, opened by its id', () => {
  it('streams it from the start and resumes it like any other', async () => {
    const calls: string[] = [];
    const answers = [stream(sse(all.slice(0, 9)), new TypeError('reset')), stream(sse(all.slice(9)))];
    let view = initialView();
    await followResponse({
      endpoint: { baseUrl: BASE },
      responseId: 'resp_bg',
      signal: new AbortController().signal,
      fetch: (input) => {
        calls.push(input instanceof Request ? input.url : input.toString());
        return Promise.resolve(answers.shift()!());
      },
      sleep: () => Promise.resolve(true),
      onAction: (action) => {
        view = reduceRun(view, action);
      },
    });
    expect(calls).toEqual([
      `${BASE}/responses/resp_bg?stream=true`,
      `${BASE}/responses/resp_bg?stream=true&starting_after=8`,
    ]);
    expect(outputText(view)).toBe(TEXT.join(''));
    expect(view.status).toBe('completed');
  });
});
