import { describe, expect, it } from 'vitest';
import { noticeText } from './notice-messages';
import { deepFreeze, ev, fold } from './fixtures/replay';
import { MAX_NOTICES, MAX_SEQUENCE_NOTICES } from './notices';
import { initialView, reduceRun } from './reduce';
import { outputText } from './selectors';
import type { JsonObject, ResponseView, RunAction, WireEvent } from './types';

const START: RunAction = { kind: 'start', at: 1000 };
const response = (extra: JsonObject = {}) => ({
  id: 'resp_1',
  object: 'response',
  model: 'gpt-4.1',
  status: 'in_progress',
  output: [],
  ...extra,
});
const life = (type: string, extra: JsonObject = {}, at = 0) =>
  ev({ type: `response.${type}`, response: response(extra) }, at);
const MSG = { id: 'msg_1', type: 'message', role: 'assistant', status: 'in_progress', content: [] };
const ADDED = ev({ type: 'response.output_item.added', output_index: 0, item: MSG });
const delta = (d: string, at = 0, seq?: number) =>
  ev(
    {
      type: 'response.output_text.delta',
      output_index: 0,
      content_index: 0,
      delta: d,
      ...(seq === undefined ? {} : { sequence_number: seq }),
    },
    at,
  );
const USAGE = {
  input_tokens: 100,
  input_tokens_details: { cached_tokens: 40 },
  output_tokens: 50,
  output_tokens_details: { reasoning_tokens: 20 },
  total_tokens: 150,
};

describe('transport actions', () => {
  it('start gives a clean connecting view with startedAt, even from an old run', () => {
    const old = fold([START, ADDED, delta('x')]);
    expect(reduceRun(old, { kind: 'start', at: 5 })).toEqual({
      ...initialView(),
      status: 'connecting',
      timings: { startedAt: 5 },
    });
  });

  it('headers set httpStatus, requestId, headersAt and streaming', () => {
    const view = fold([START, { kind: 'headers', at: 1100, status: 200, requestId: 'req_9' }]);
    expect(view).toMatchObject({
      status: 'streaming',
      httpStatus: 200,
      requestId: 'req_9',
      timings: { startedAt: 1000, headersAt: 1100 },
    });
  });

  it('comment returns the very same view object', () => {
    const view = fold([START, ADDED]);
    expect(reduceRun(view, { kind: 'comment', at: 1, text: ' keep-alive' })).toBe(view);
  });

  it('done-marker only adds one notice', () => {
    const view = fold([START, { kind: 'done-marker', at: 1 }, { kind: 'done-marker', at: 2 }]);
    expect(view.notices).toHaveLength(1);
    expect(noticeText(view.notices[0] ?? '')).toMatch(/\[DONE\]/);
    expect(view.status).toBe('connecting');
  });

  it('end without a terminal event is a cut; items stay', () => {
    const view = fold([START, ADDED, delta('partial'), { kind: 'end', at: 2000 }]);
    expect(view.status).toBe('failed');
    expect(view.error).toEqual({
      kind: 'cut',
      message: 'The stream ended before the response finished (no response.completed)',
      text: { id: 'streamCut' },
    });
    expect(view.timings.endedAt).toBe(2000);
    expect(outputText(view)).toBe('partial');
  });

  it('end after a terminal event changes nothing but a missing endedAt', () => {
    const done = fold([START, life('completed', { status: 'completed' }, 1500)]);
    expect(reduceRun(done, { kind: 'end', at: 1600 })).toBe(done);
  });

  it('abort is cancelled, not an error; a settled run ignores it', () => {
    const view = fold([START, ADDED, delta('so far'), { kind: 'abort', at: 1300 }]);
    expect(view).toMatchObject({ status: 'cancelled', timings: { endedAt: 1300 } });
    expect(view.error).toBeUndefined();
    expect(outputText(view)).toBe('so far');
    const done = fold([START, life('completed', { status: 'completed' })]);
    expect(reduceRun(done, { kind: 'abort', at: 9 })).toBe(done);
  });

  it('error fails the run and keeps the items; after a settled run it is only a notice', () => {
    const error = { kind: 'network', message: 'Failed to fetch' } as const;
    const view = fold([START, ADDED, delta('kept'), { kind: 'error', at: 1400, error }]);
    expect(view).toMatchObject({ status: 'failed', error, timings: { endedAt: 1400 } });
    expect(outputText(view)).toBe('kept');
    const done = fold([START, life('completed', { status: 'completed' }), { kind: 'error', at: 1, error }]);
    expect(done.status).toBe('completed');
    expect(done.notices.map(noticeText)).toEqual(['after the response ended: Failed to fetch']);
  });
});

describe('plain JSON answers', () => {
  it('a Response object is folded as if completed', () => {
    const item = {
      ...MSG,
      status: 'completed',
      content: [{ type: 'output_text', text: 'hi', annotations: [] }],
    };
    const view = fold([
      START,
      { kind: 'headers', at: 1, status: 200 },
      { kind: 'json', at: 1200, body: response({ status: 'completed', output: [item], usage: USAGE }) },
      { kind: 'end', at: 1300 },
    ]);
    expect(view).toMatchObject({
      status: 'completed',
      bodyKind: 'json',
      responseId: 'resp_1',
      model: 'gpt-4.1',
      timings: { endedAt: 1200 },
    });
    expect(view.items).toEqual([{ outputIndex: 0, item, done: true }]);
    expect(view.usage).toEqual({
      inputTokens: 100,
      cachedTokens: 40,
      outputTokens: 50,
      reasoningTokens: 20,
      totalTokens: 150,
    });
  });

  it('its status is used: incomplete with reason, failed with error, background in_progress', () => {
    const inc = fold([
      START,
      {
        kind: 'json',
        at: 1,
        body: response({ status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' } }),
      },
    ]);
    expect(inc).toMatchObject({ status: 'incomplete', incompleteReason: 'max_output_tokens' });
    const failed = fold([
      START,
      {
        kind: 'json',
        at: 1,
        body: response({ status: 'failed', error: { code: 'server_error', message: 'boom' } }),
      },
    ]);
    expect(failed.error).toEqual({ kind: 'stream', message: 'boom', code: 'server_error' });
    const bg = fold([
      START,
      { kind: 'json', at: 1, body: response({ status: 'in_progress' }) },
      { kind: 'end', at: 2 },
    ]);
    // Still running on the server: live (the runner polls it), not ended.
    expect(bg.status).toBe('streaming');
  });

  it('an {error} body fails the run with the normalised error', () => {
    const body = {
      error: {
        message: 'This channel has been disabled (request id: 2025abc)',
        type: 'new_api_error',
        code: '',
        param: 'None',
      },
    };
    const view = fold([START, { kind: 'headers', at: 1, status: 403 }, { kind: 'json', at: 2, body }]);
    expect(view.status).toBe('failed');
    expect(view.error).toMatchObject({
      kind: 'http',
      status: 403,
      type: 'new_api_error',
      requestId: '2025abc',
      message: 'This channel has been disabled (request id: 2025abc)',
    });
    expect(view.error?.code).toBeUndefined();
    expect(view.error?.param).toBeUndefined();
  });
});

describe('lifecycle events', () => {
  it('created / in_progress / completed set status, id, model, usage and endedAt', () => {
    const created = fold([START, life('created')]);
    expect(created).toMatchObject({ status: 'streaming', responseId: 'resp_1', model: 'gpt-4.1' });
    const view = fold([
      START,
      life('created'),
      life('in_progress'),
      life('completed', { status: 'completed', usage: USAGE }, 1900),
    ]);
    expect(view).toMatchObject({ status: 'completed', timings: { endedAt: 1900 } });
    expect(view.usage).toEqual({
      inputTokens: 100,
      cachedTokens: 40,
      outputTokens: 50,
      reasoningTokens: 20,
      totalTokens: 150,
    });
    expect(view.response).toMatchObject({ id: 'resp_1', status: 'completed' });
  });

  it('queued (background) and created-with-queued show queued; content then streams', () => {
    expect(fold([START, life('queued', { status: 'queued' })]).status).toBe('queued');
    expect(fold([START, life('created', { status: 'queued' })]).status).toBe('queued');
    const view = fold([
      START,
      life('queued', { status: 'queued' }),
      ev({ type: 'keepalive', sequence_number: 1 }),
    ]);
    expect(view.status).toBe('queued');
    expect(fold([START, life('queued', { status: 'queued' }), ADDED]).status).toBe('streaming');
  });

  it('incomplete keeps the partial output and the reason', () => {
    const view = fold([
      START,
      ADDED,
      delta('cut'),
      life('incomplete', { status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' } }),
    ]);
    expect(view).toMatchObject({ status: 'incomplete', incompleteReason: 'max_output_tokens' });
    expect(outputText(view)).toBe('cut');
  });

  it('failed carries response.error', () => {
    const view = fold([
      START,
      life('failed', { status: 'failed', error: { code: 'rate_limit_exceeded', message: 'Slow down' } }),
    ]);
    expect(view).toMatchObject({
      status: 'failed',
      error: { kind: 'stream', code: 'rate_limit_exceeded', message: 'Slow down' },
    });
  });

  it('completed with output: [] or without output keeps local items; response holds the merged object', () => {
    for (const extra of [{ output: [] }, { output: undefined }]) {
      const view = fold([START, ADDED, delta('local'), life('completed', { status: 'completed', ...extra })]);
      expect(outputText(view)).toBe('local');
      expect(view.response?.output).toEqual([view.items[0]?.item]);
    }
  });

  it('completed output is authoritative over local items', () => {
    const final = {
      ...MSG,
      status: 'completed',
      content: [{ type: 'output_text', text: 'server', annotations: [] }],
    };
    const view = fold([
      START,
      ADDED,
      delta('local'),
      life('completed', { status: 'completed', output: [final] }),
    ]);
    expect(view.items).toEqual([{ outputIndex: 0, item: final, done: true }]);
  });

  it('a repeated in_progress does not re-initialise the output', () => {
    const view = fold([START, life('created'), ADDED, delta('a'), life('in_progress'), delta('b')]);
    expect(outputText(view)).toBe('ab');
  });
});

describe('error events', () => {
  it('nested (wire) and flat (documented) shapes', () => {
    const nested = fold([
      START,
      ev(
        {
          type: 'error',
          sequence_number: 3,
          error: { type: 'invalid_request_error', code: 'bad', message: 'Nested', param: 'input' },
        },
        1500,
      ),
    ]);
    expect(nested).toMatchObject({ status: 'failed', timings: { endedAt: 1500 } });
    expect(nested.error).toMatchObject({
      kind: 'stream',
      message: 'Nested',
      code: 'bad',
      type: 'invalid_request_error',
      param: 'input',
    });
    expect(nested.error?.raw).toContain('"Nested"');
    const flat = fold([START, ev({ type: 'error', code: 'server_error', message: 'Flat', param: null })]);
    expect(flat.error).toMatchObject({ kind: 'stream', message: 'Flat', code: 'server_error' });
  });

  it('a typeless {"error":…} frame (old LiteLLM) is an error too, not an unknown event', () => {
    const view = fold([
      START,
      ev({ error: { message: 'litellm.InternalServerError: x', code: '500', type: 'None' } }),
    ]);
    expect(view.status).toBe('failed');
    expect(view.error).toMatchObject({ message: 'litellm.InternalServerError: x', code: '500' });
    expect(view.error?.type).toBeUndefined();
    expect(view.notices).toEqual([]);
  });

  it('a terminal event after the error decides; error + end stays failed', () => {
    const err = ev({ type: 'error', error: { message: 'Oops' } });
    const failed = fold([
      START,
      err,
      life('failed', { status: 'failed', error: { code: 'server_error', message: 'Oops' } }),
    ]);
    expect(failed.error).toMatchObject({ message: 'Oops', code: 'server_error' });
    const noDetails = fold([START, err, life('failed', { status: 'failed' })]);
    expect(noDetails.error?.message).toBe('Oops');
    expect(fold([START, err, life('completed', { status: 'completed' })]).status).toBe('completed');
    const ended = fold([START, err, { kind: 'end', at: 1 }]);
    expect(ended.status).toBe('failed');
    expect(ended.error?.message).toBe('Oops');
  });
});

describe('timings, counts, notices', () => {
  it('firstTokenAt at the first token delta only (not at item or status events)', () => {
    const view = fold([START, life('created', {}, 1050), ADDED, delta('a', 1200), delta('b', 1300)]);
    expect(view.timings.firstTokenAt).toBe(1200);
    for (const type of [
      'response.refusal.delta',
      'response.function_call_arguments.delta',
      'response.reasoning_summary_text.delta',
      'response.reasoning_text.delta',
    ]) {
      expect(fold([START, ev({ type, output_index: 0, delta: 'x' }, 1234)]).timings.firstTokenAt, type).toBe(
        1234,
      );
    }
  });

  it('counts events; keepalive counts but changes nothing else', () => {
    const before = fold([START, ADDED]);
    const after = fold([ev({ type: 'keepalive', sequence_number: 0 })], before);
    expect(after.eventCount).toBe(2);
    expect(after.items).toBe(before.items);
    expect(after.notices).toEqual([]);
  });

  it('unknown event types are listed once', () => {
    const odd = ev({ type: 'response.future_thing.delta', output_index: 0 });
    const view = fold([START, odd, odd, ev({ type: 'response.other' })]);
    expect(view.notices.map(noticeText)).toEqual([
      'unknown event type response.future_thing.delta',
      'unknown event type response.other',
    ]);
    expect(view.eventCount).toBe(3);
  });

  it('sequence gaps and duplicates: one notice each', () => {
    const view = fold([
      START,
      delta('a', 0, 0),
      delta('b', 0, 1),
      delta('c', 0, 4),
      delta('d', 0, 4),
      delta('e', 0, 5),
    ]);
    expect(view.notices.map(noticeText)).toEqual([
      'sequence gap: expected 2, got 4 (2 missing)',
      'sequence_number 4 repeated or out of order (after 4)',
    ]);
    expect(view).toMatchObject({ lastSequence: 5, sequenceIssues: 2 });
  });

  it('sequence notices are bounded on a broken 100k stream', () => {
    let view = fold([START, ADDED]);
    for (let i = 0; i < 100_000; i++) view = reduceRun(view, delta('x', 0, i % 2 === 0 ? i : 0));
    expect(view.sequenceIssues).toBe(99_999);
    expect(view.notices).toHaveLength(MAX_SEQUENCE_NOTICES + 1);
    expect(noticeText(view.notices.at(-1) ?? '')).toBe(
      `More sequence gaps or duplicates: ${99_999 - MAX_SEQUENCE_NOTICES}`,
    );
  });

  it('notices are capped overall', () => {
    const odd = Array.from({ length: MAX_NOTICES + 20 }, (_, i) => ev({ type: `x.${i}` }));
    expect(fold([START, ...odd]).notices).toHaveLength(MAX_NOTICES);
  });
});

describe('purity and volume', () => {
  it('never mutates the input view, and shares untouched items', () => {
    const before = fold([
      START,
      ADDED,
      ev({ type: 'response.output_item.added', output_index: 1, item: { ...MSG, id: 'msg_2' } }),
      delta('a'),
    ]);
    const snapshot = JSON.stringify(before);
    deepFreeze(before);
    const after = reduceRun(
      before,
      ev({ type: 'response.output_text.delta', output_index: 1, content_index: 0, delta: 'b' }),
    );
    expect(JSON.stringify(before)).toBe(snapshot);
    expect(after).not.toBe(before);
    expect(after.items).not.toBe(before.items);
    expect(after.items[0]).toBe(before.items[0]);
    expect(after.items[1]).not.toBe(before.items[1]);
    expect(after.timings).toBe(before.timings);
    expect(after.notices).toBe(before.notices);
  });

  // How fast: `npm run bench` (parser and core figures).
  it('folds 100,000 text deltas', () => {
    let view: ResponseView = fold([START, ADDED]);
    for (let i = 0; i < 100_000; i++) {
      view = reduceRun(view, {
        kind: 'event',
        at: i,
        raw: '',
        event: {
          type: 'response.output_text.delta',
          output_index: 0,
          content_index: 0,
          delta: 'ab',
          sequence_number: i,
        } as WireEvent,
      });
    }
    expect(outputText(view)).toHaveLength(200_000);
    expect(view.notices).toEqual([]);
  });
});
