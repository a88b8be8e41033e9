import { describe, expect, it } from 'vitest';
import { createDemoBackend, type DemoBackend } from './backend';
import type { JsonMap } from './request';
import { checkSequence, parseSse } from './testing';

const BASE = 'http://demo.test/demo/v1';
type ResponseJson = JsonMap & { id: string; status: string; output: JsonMap[]; usage: JsonMap | null };

const fast = () => createDemoBackend({ defaultPaceMs: 0, queueMs: 0 });
const call = (backend: DemoBackend, method: string, path: string, body?: unknown) =>
  backend(
    new Request(`${BASE}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
const json = async <T = ResponseJson>(res: Response | Promise<Response>): Promise<T> =>
  (await (await res).json()) as T;

/** Polls GET /responses/{id} until the response settles (the demo's clock, not the test's). */
async function settled(backend: DemoBackend, id: string): Promise<ResponseJson> {
  for (;;) {
    const response = await json(call(backend, 'GET', `/responses/${id}`));
    if (response.status !== 'queued' && response.status !== 'in_progress') return response;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('demo backend: background responses', () => {
  it('without stream: answers queued at once, then GET shows it settle as completed', async () => {
    const backend = createDemoBackend({ defaultPaceMs: 1, queueMs: 20 });
    const first = await json(
      call(backend, 'POST', '/responses', { model: 'gpt-4.1', input: 'hi', background: true }),
    );
    expect(first).toMatchObject({ object: 'response', status: 'queued', background: true, output: [] });
    const done = await settled(backend, first.id);
    expect(done.status).toBe('completed');
    expect(JSON.stringify(done.output)).toContain('hi');
  });

  it('streams created (queued) → queued → in_progress → … → completed', async () => {
    const res = await call(fast(), 'POST', '/responses', {
      model: 'gpt-4.1',
      input: 'bg',
      background: true,
      stream: true,
    });
    const events = parseSse(await res.text());
    checkSequence(events);
    expect(events.slice(0, 3).map((e) => [e.type, (e.response as JsonMap).status])).toEqual([
      ['response.created', 'queued'],
      ['response.queued', 'queued'],
      ['response.in_progress', 'in_progress'],
    ]);
  });

  it('resumes from starting_after with the stored events, again and again', async () => {
    const backend = fast();
    const res = await call(backend, 'POST', '/responses', {
      model: 'gpt-4.1',
      input: 'resume me',
      background: true,
      stream: true,
    });
    const all = parseSse(await res.text());
    const id = (all[0]?.response as JsonMap).id as string;
    for (const after of [-1, 0, 5, all.length - 2]) {
      const again = parseSse(
        await (await call(backend, 'GET', `/responses/${id}?stream=true&starting_after=${after}`)).text(),
      );
      expect(again).toEqual(all.slice(after + 1));
    }
    const whole = parseSse(await (await call(backend, 'GET', `/responses/${id}?stream=true`)).text());
    expect(whole).toEqual(all);
    const bad = await call(backend, 'GET', `/responses/${id}?stream=true&starting_after=x`);
    expect(bad.status).toBe(400);
  });

  it('demo-cut in the background drops the connection, not the response; demo_drops drops resumes too', async () => {
    const backend = fast();
    const res = await call(backend, 'POST', '/responses', {
      model: 'demo-cut',
      input: 'cut',
      background: true,
      stream: true,
      metadata: { demo_drops: '2', demo_drop_after: '10' },
    });
    const first = parseSse(await res.text());
    expect(first).toHaveLength(10);
    const id = (first[0]?.response as JsonMap).id as string;
    const second = parseSse(
      await (await call(backend, 'GET', `/responses/${id}?stream=true&starting_after=9`)).text(),
    );
    expect(second).toHaveLength(10);
    const rest = parseSse(
      await (await call(backend, 'GET', `/responses/${id}?stream=true&starting_after=19`)).text(),
    );
    checkSequence([...first, ...second, ...rest]);
  });

  it('cancel stops a running background response; only background ones can be cancelled', async () => {
    const backend = createDemoBackend({ defaultPaceMs: 50, queueMs: 0 });
    const bg = await json(
      call(backend, 'POST', '/responses', { model: 'gpt-4.1', input: 'long', background: true }),
    );
    const cancelled = await json(call(backend, 'POST', `/responses/${bg.id}/cancel`));
    expect(cancelled).toMatchObject({ id: bg.id, status: 'cancelled' });
    expect(await json(call(backend, 'GET', `/responses/${bg.id}`))).toMatchObject({ status: 'cancelled' });
    // Its stream ends without more events.
    const events = parseSse(await (await call(backend, 'GET', `/responses/${bg.id}?stream=true`)).text());
    expect(events.some((e) => e.type === 'response.completed')).toBe(false);

    const plain = await json(call(backend, 'POST', '/responses', { model: 'gpt-4.1', input: 'x' }));
    const refused = await call(backend, 'POST', `/responses/${plain.id}/cancel`);
    expect(refused.status).toBe(400);
    expect((await call(backend, 'GET', `/responses/${plain.id}?stream=true`)).status).toBe(400);
    expect((await call(backend, 'POST', '/responses/resp_nope/cancel')).status).toBe(404);
    expect(
      (await call(backend, 'POST', '/responses', { model: 'm', background: true, store: false })).status,
    ).toBe(400);
  });
});

describe('demo backend: retrieve, delete, input items, input tokens', () => {
  it('retrieves and deletes; a deleted response is gone', async () => {
    const backend = fast();
    const made = await json(call(backend, 'POST', '/responses', { model: 'gpt-4.1', input: 'keep' }));
    expect(await json(call(backend, 'GET', `/responses/${made.id}`))).toMatchObject({
      id: made.id,
      status: 'completed',
    });
    expect(await json(call(backend, 'DELETE', `/responses/${made.id}`))).toEqual({
      id: made.id,
      object: 'response',
      deleted: true,
    });
    const gone = await call(backend, 'GET', `/responses/${made.id}`);
    expect(gone.status).toBe(404);
    expect(await json<JsonMap>(gone)).toMatchObject({
      error: { message: `Response with id '${made.id}' not found.` },
    });
  });

  it('lists input items with ids, newest first by default, paged by cursor', async () => {
    const backend = fast();
    const input = [
      { role: 'developer', content: 'Be brief.' },
      { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'one' }] },
      { role: 'user', content: 'two' },
    ];
    const made = await json(call(backend, 'POST', '/responses', { model: 'gpt-4.1', input }));
    type Page = { object: string; data: JsonMap[]; first_id: string; last_id: string; has_more: boolean };
    const page = await json<Page>(call(backend, 'GET', `/responses/${made.id}/input_items`));
    expect(page.object).toBe('list');
    expect(page.data.map((i) => i.role)).toEqual(['user', 'user', 'developer']);
    expect(page.data.every((i) => typeof i.id === 'string' && i.id.startsWith('msg_'))).toBe(true);
    expect(page.data[0]).toMatchObject({ type: 'message', content: [{ type: 'input_text', text: 'two' }] });
    const first = await json<Page>(
      call(backend, 'GET', `/responses/${made.id}/input_items?order=asc&limit=2`),
    );
    expect(first.data.map((i) => i.role)).toEqual(['developer', 'user']);
    expect(first.has_more).toBe(true);
    const next = await json<Page>(
      call(backend, 'GET', `/responses/${made.id}/input_items?order=asc&limit=2&after=${first.last_id}`),
    );
    expect(next.data).toHaveLength(1);
    expect(next.has_more).toBe(false);
  });

  it('counts input tokens the way usage reports them, chain included', async () => {
    const backend = fast();
    const body = { model: 'gpt-4.1', input: 'Count me, please: 你好', instructions: 'Short.' };
    const count = await json<JsonMap>(call(backend, 'POST', '/responses/input_tokens', body));
    expect(count.object).toBe('response.input_tokens');
    const made = await json(call(backend, 'POST', '/responses', body));
    expect(count.input_tokens).toBe(made.usage?.input_tokens);
    const follow = { model: 'gpt-4.1', input: 'more', previous_response_id: made.id };
    const chained = await json<JsonMap>(call(backend, 'POST', '/responses/input_tokens', follow));
    expect(chained.input_tokens as number).toBeGreaterThan(count.input_tokens as number);
    const unknown = await call(backend, 'POST', '/responses/input_tokens', {
      ...follow,
      previous_response_id: 'resp_x',
    });
    expect(unknown.status).toBe(400);
  });
});
