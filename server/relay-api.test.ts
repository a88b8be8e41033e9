// Tests for the relay's background scenarios and its rest of the Responses API (e2e/servers).
import { createParser } from 'eventsource-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELAY_TEXT } from '../e2e/servers/relay-events';
import { startRelayServer } from '../e2e/servers/relay-server';
import { relayTokenCount } from '../e2e/servers/relay-store';

let relay: Awaited<ReturnType<typeof startRelayServer>>;
beforeAll(async () => {
  relay = await startRelayServer(0);
});
afterAll(() => relay.close());

type Event = { type: string; sequence_number: number; [key: string]: unknown };
type Json = Record<string, unknown>;

const url = (path: string) => `${relay.origin}${path}`;
const post = (path: string, body: unknown) =>
  fetch(url(path), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/** The complete events of an SSE body, and whether the connection broke before its end. */
async function read(res: Response): Promise<{ events: Event[]; broke: boolean }> {
  const events: Event[] = [];
  const parser = createParser({ onEvent: (e) => events.push(JSON.parse(e.data) as Event) });
  const decoder = new TextDecoder();
  try {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      parser.feed(decoder.decode(chunk, { stream: true }));
    }
    return { events, broke: false };
  } catch {
    return { events, broke: true };
  }
}

/** The first event of an SSE body. */
async function readFirst(res: Response): Promise<Event> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value } = await reader.read();
    buffer += decoder.decode(value, { stream: true });
    const data = /^data: (.*)$/m.exec(buffer.split('\n\n')[0] ?? '');
    if (data?.[1] && buffer.includes('\n\n')) return JSON.parse(data[1]) as Event;
  }
}

const text = (events: Event[]) =>
  events
    .filter((e) => e.type === 'response.output_text.delta')
    .map((e) => e.delta as string)
    .join('');

describe('relay: background streams that break', () => {
  it('background-drop: breaks after 14 events; the resume repeats 2, then finishes', async () => {
    const first = await read(
      await post('/background-drop/v1/responses', { model: 'm', input: 'x', stream: true, background: true }),
    );
    expect(first.broke).toBe(true);
    expect(first.events).toHaveLength(14);
    expect(first.events.slice(0, 3).map((e) => e.type)).toEqual([
      'response.created',
      'response.queued',
      'response.in_progress',
    ]);
    const id = (first.events[0]?.response as Json).id as string;
    const rest = await read(
      await fetch(url(`/background-drop/v1/responses/${id}?stream=true&starting_after=13`)),
    );
    expect(rest.broke).toBe(false);
    expect(rest.events[0]?.sequence_number).toBe(12);
    expect(rest.events.at(-1)?.type).toBe('response.completed');
    const seen = new Map([...first.events, ...rest.events].map((e) => [e.sequence_number, e]));
    expect(text([...seen.values()])).toBe(RELAY_TEXT);
    const requests = (await (await fetch(url('/__requests?prefix=/background-drop/'))).json()) as {
      outcome: string;
    }[];
    expect(requests.map((r) => r.outcome)).toEqual(['destroyed', 'finished']);
  });

  it('background-drop-twice: the first resume breaks too', async () => {
    const first = await read(
      await post('/background-drop-twice/v1/responses', { model: 'm', stream: true, background: true }),
    );
    const id = (first.events[0]?.response as Json).id as string;
    const second = await read(
      await fetch(url(`/background-drop-twice/v1/responses/${id}?stream=true&starting_after=11`)),
    );
    expect([first.broke, second.broke]).toEqual([true, true]);
    expect(second.events.map((e) => e.sequence_number)).toEqual([12, 13, 14, 15, 16, 17]);
    const third = await read(
      await fetch(url(`/background-drop-twice/v1/responses/${id}?stream=true&starting_after=17`)),
    );
    expect(third.broke).toBe(false);
    expect(text([...first.events, ...second.events, ...third.events])).toBe(RELAY_TEXT);
  });

  it('without stream: queued, then in_progress, then completed at the second GET', async () => {
    const queued = (await (
      await post('/background-drop/v1/responses', { model: 'm', background: true })
    ).json()) as Json;
    expect(queued).toMatchObject({ status: 'queued', background: true, output: [] });
    const get = async () =>
      ((await (await fetch(url(`/background-drop/v1/responses/${queued.id as string}`))).json()) as Json)
        .status;
    expect([await get(), await get()]).toEqual(['in_progress', 'completed']);
  });

  it('cancel stops a background response; a plain one cannot be cancelled', async () => {
    const bg = (await (
      await post('/background-slow/v1/responses', { model: 'm', background: true })
    ).json()) as Json;
    const cancelled = (await (
      await fetch(url(`/background-slow/v1/responses/${bg.id as string}/cancel`), { method: 'POST' })
    ).json()) as Json;
    expect(cancelled).toMatchObject({ id: bg.id, status: 'cancelled' });
    const plain = (await (await post('/relay/v1/responses', { model: 'm', input: 'x' })).json()) as Json;
    expect(
      (await fetch(url(`/relay/v1/responses/${plain.id as string}/cancel`), { method: 'POST' })).status,
    ).toBe(400);
  });
});

describe('relay: retrieve, input items, delete, input tokens', () => {
  it('keeps what it answered: GET, input_items, DELETE', async () => {
    const made = (await (
      await post('/relay/t-open/v1/responses', { model: 'm', input: 'Open me later' })
    ).json()) as Json;
    const got = (await (await fetch(url(`/relay/t-open/v1/responses/${made.id as string}`))).json()) as Json;
    expect(got).toMatchObject({ id: made.id, status: 'completed' });
    const items = (await (
      await fetch(url(`/relay/v1/responses/${made.id as string}/input_items`))
    ).json()) as { data: Json[] };
    expect(items.data).toMatchObject([
      { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Open me later' }] },
    ]);
    expect((await fetch(url(`/relay/v1/responses/${made.id as string}`), { method: 'DELETE' })).status).toBe(
      200,
    );
    expect((await fetch(url(`/relay/v1/responses/${made.id as string}`))).status).toBe(404);
  });

  it('counts input tokens from the body it got', async () => {
    const body = { model: 'm', input: 'How many tokens is this?' };
    const res = (await (await post('/relay/v1/responses/input_tokens', body)).json()) as Json;
    expect(res).toEqual({
      object: 'response.input_tokens',
      input_tokens: relayTokenCount(JSON.stringify(body)),
    });
  });

  it('no-background: ignores background and has none of the other routes', async () => {
    const controller = new AbortController();
    const res = await fetch(url('/no-background/v1/responses'), {
      method: 'POST',
      body: JSON.stringify({ model: 'm', input: 'x', stream: true, background: true }),
      signal: controller.signal,
    });
    const first = await readFirst(res);
    controller.abort();
    const created = first.response as Json;
    expect(created.background).toBeUndefined();
    for (const [method, path] of [
      ['POST', '/no-background/v1/responses/input_tokens'],
      ['GET', `/no-background/v1/responses/${created.id as string}`],
      ['POST', `/no-background/v1/responses/${created.id as string}/cancel`],
    ] as const) {
      const res = await fetch(url(path), { method, ...(method === 'POST' ? { body: '{}' } : {}) });
      expect([res.status, await res.text()]).toEqual([404, '404 page not found']);
    }
  });
});
