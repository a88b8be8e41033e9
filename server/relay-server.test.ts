// Tests for the misbehaving relay in e2e/servers (Vitest only collects server/** and src/**).
import { createParser } from 'eventsource-parser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startRelayServer } from '../e2e/servers/relay-server';
import { RELAY_TEXT } from '../e2e/servers/relay-events';
import { SEED_PARALLEL_TOOLS as SEED_REQUEST } from '../src/core/presets/builtin-presets';

let relay: Awaited<ReturnType<typeof startRelayServer>>;
beforeAll(async () => {
  relay = await startRelayServer(0);
});
afterAll(() => relay.close());

type Frame = { event?: string; data: string };

function post(scenario: string, body: unknown, init: RequestInit = {}) {
  return fetch(`${relay.origin}/${scenario}/v1/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-test-1234567890' },
    body: JSON.stringify(body),
    ...init,
  });
}

/** Reads an SSE body with a WHATWG-conformant parser, chunk by chunk. */
async function frames(res: Response): Promise<{ frames: Frame[]; comments: string[]; chunks: number }> {
  const out: Frame[] = [];
  const comments: string[] = [];
  const parser = createParser({
    onEvent: (e) => out.push({ event: e.event, data: e.data }),
    onComment: (c) => comments.push(c),
  });
  const decoder = new TextDecoder();
  let chunks = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    chunks++;
    parser.feed(decoder.decode(chunk, { stream: true }));
  }
  return { frames: out, comments, chunks };
}

const events = (list: Frame[]) =>
  list
    .filter((f) => f.data !== '[DONE]')
    .map((f) => JSON.parse(f.data) as { type: string; sequence_number?: number; [k: string]: unknown });

describe('relay test server', () => {
  it('answers /health and CORS preflights', async () => {
    expect((await fetch(`${relay.origin}/health`)).status).toBe(200);
    const pre = await fetch(`${relay.origin}/relay/v1/responses`, {
      method: 'OPTIONS',
      headers: { 'access-control-request-headers': 'authorization, content-type, x-custom' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-headers')).toBe('authorization, content-type, x-custom');
  });

  it('relay: 4 parallel function calls with interleaved argument deltas, event lines, no [DONE]', async () => {
    const { frames: list } = await frames(await post('relay', { ...SEED_REQUEST, stream: true }));
    expect(list.every((f) => f.event !== undefined && f.data !== '[DONE]')).toBe(true);
    const evs = events(list);
    evs.forEach((e, i) => expect(e.sequence_number).toBe(i));
    list.forEach((f, i) => expect(f.event).toBe(evs[i]?.type));
    const deltas = evs
      .filter((e) => e.type === 'response.function_call_arguments.delta')
      .map((e) => e.output_index);
    expect(deltas.slice(0, 3)).toEqual([0, 1, 2]); // round-robin across calls
    const done = evs
      .filter((e) => e.type === 'response.output_item.done')
      .map((e) => e.item as { name: string; arguments: string });
    expect(done.map((i) => i.name)).toEqual([
      'random_generator',
      'system_info',
      'math_calculator',
      'current_time',
    ]);
    expect(JSON.parse(done[2]?.arguments ?? '')).toEqual({ a: 123.5, b: 456.7, operation: 'add' });
    expect(evs.at(-1)?.type).toBe('response.completed');
  });

  it('answers function_call_output items with a text that quotes them', async () => {
    const body = {
      ...SEED_REQUEST,
      stream: true,
      previous_response_id: 'resp_x',
      input: [{ type: 'function_call_output', call_id: 'call_9', output: '580.2' }],
    };
    const evs = events((await frames(await post('relay', body))).frames);
    const done = evs.find((e) => e.type === 'response.output_text.done');
    expect(done?.text).toContain('580.2');
  });

  it('litellm: data-only frames and [DONE]; keepalive: PING comments and keepalive frames', async () => {
    const lite = await frames(await post('litellm', { model: 'm', input: 'hi', stream: true }));
    expect(lite.frames.every((f) => f.event === undefined)).toBe(true);
    expect(lite.frames.at(-1)?.data).toBe('[DONE]');
    const keep = await frames(await post('keepalive', { model: 'm', input: 'hi', stream: true }));
    expect(keep.comments).toContain('PING');
    expect(events(keep.frames).some((e) => e.type === 'keepalive')).toBe(true);
    expect(events(keep.frames).at(-1)?.type).toBe('response.completed');
  });

  it('bom-crlf: mangled bytes still decode to the same text', async () => {
    const res = await post('bom-crlf', { model: 'm', input: 'hi', stream: true });
    const { frames: list, chunks } = await frames(res);
    expect(chunks).toBeGreaterThan(10);
    const done = events(list).find((e) => e.type === 'response.output_text.done');
    expect(done?.text).toBe(RELAY_TEXT);
  });

  it('answers the HTTP error scenarios with their own shapes', async () => {
    const cases: [string, number, RegExp][] = [
      ['401', 401, /"code":"invalid_api_key"/],
      ['newapi-403', 403, /\(request id: \d+\)","type":"new_api_error"/],
      ['litellm-429', 429, /"code":"429"/],
      ['html-502', 502, /<title>.*502: Bad gateway<\/title>/],
    ];
    for (const [scenario, status, body] of cases) {
      const res = await post(scenario, { model: 'm', input: 'hi', stream: true });
      expect(res.status).toBe(status);
      expect(await res.text()).toMatch(body);
    }
    const json = await post('json-ignores-stream', { model: 'm', input: 'hi', stream: true });
    expect(json.headers.get('content-type')).toBe('application/json');
    expect(((await json.json()) as { status: string }).status).toBe('completed');
  });

  it('streams the mid-stream failures', async () => {
    const tail = async (scenario: string) =>
      (await frames(await post(scenario, { model: 'm', input: 'hi', stream: true }))).frames.at(-1);
    expect(JSON.parse((await tail('error-frame'))?.data ?? '')).toMatchObject({ error: { code: '500' } });
    expect(JSON.parse((await tail('flat-error'))?.data ?? '')).toMatchObject({
      type: 'error',
      code: 'server_error',
    });
    expect((await tail('nested-error'))?.event).toBe('response.failed');
    expect((await tail('not-json'))?.data).toMatch(/^litellm\.InternalServerError/);
    const gap = events(
      (await frames(await post('seq-gap', { model: 'm', input: 'hi', stream: true }))).frames,
    );
    expect(gap.some((e, i) => i > 0 && e.sequence_number !== (gap[i - 1]?.sequence_number ?? 0) + 1)).toBe(
      true,
    );
    const empty = events(
      (await frames(await post('empty-completed-output', { model: 'm', input: 'hi', stream: true }))).frames,
    );
    expect(empty.at(-1)).toMatchObject({ type: 'response.completed', response: { output: [] } });
  });

  it('cut destroys the socket; no-cors sends no CORS headers', async () => {
    const res = await post('cut', { model: 'm', input: 'hi', stream: true });
    await expect(res.text()).rejects.toThrow();
    const plain = await post('no-cors', { model: 'm', input: 'hi', stream: true });
    expect(plain.headers.get('access-control-allow-origin')).toBeNull();
    await plain.text();
  });

  it('records requests and sees a client that goes away', async () => {
    await fetch(`${relay.origin}/__reset`, { method: 'POST' });
    const controller = new AbortController();
    const res = await post(
      'slow/t1',
      { model: 'm', input: 'story', stream: true },
      { signal: controller.signal },
    );
    const reader = res.body!.getReader();
    await reader.read();
    controller.abort();
    type Logged = { headers: Record<string, string>; body: string; outcome: string };
    const logged = async () =>
      (await (await fetch(`${relay.origin}/__requests?prefix=/slow/t1/`)).json()) as Logged[];
    // The relay notices the closed connection on its next write: wait for that, not a fixed time.
    await vi.waitFor(async () => expect((await logged())[0]?.outcome).toBe('client-closed'), {
      timeout: 5000,
    });
    const list = await logged();
    expect(list).toHaveLength(1);
    expect(list[0]?.headers.authorization).toBe('Bearer sk-test-1234567890');
    expect(JSON.parse(list[0]?.body ?? '')).toMatchObject({ input: 'story' });
    expect(list[0]?.outcome).toBe('client-closed');
  });
});
