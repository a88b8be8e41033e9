/**
 * The demo backend's own bounds (issue 12), which hold wherever the handler runs: body size (read
 * incrementally, 413 beyond), demo_deltas and demo_pace_ms, the stored responses (count and bytes),
 * one request's duration, work sliced so the event loop keeps turning, nosniff, 405 for other methods.
 */
import { describe, expect, it } from 'vitest';
import { createDemoBackend } from './backend';
import { DEMO_LIMITS, drainInSlices, readBodyCapped } from './limits';
import { valueForSchema } from './schema-args';
import { createRng } from './rng';
import { ResponseStore } from './store';
import { toolResultsAnswer } from './text-generator';
import { fitTokens } from './tokens';
import { parseSse } from './testing';

const URL_BASE = 'http://demo.test/demo/v1';
const post = (backend: ReturnType<typeof createDemoBackend>, body: unknown) =>
  backend(new Request(`${URL_BASE}/responses`, { method: 'POST', body: JSON.stringify(body) }));

/** A request body that counts how many chunks were pulled from it. */
function countingBody(chunks: number, chunkBytes: number) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(chunkBytes).fill(32));
    },
  });
  return { stream, pulled: () => pulled };
}

describe('demo limits: request body', () => {
  it('answers 413 past the limit, having read only about the limit', async () => {
    const backend = createDemoBackend({ maxBodyBytes: 64 * 1024 });
    const body = countingBody(1000, 16 * 1024); // 16 MB on offer
    const res = await backend(
      new Request(`${URL_BASE}/responses`, {
        method: 'POST',
        body: body.stream,
        duplex: 'half',
      } as RequestInit),
    );
    expect(res.status).toBe(413);
    expect(res.headers.get('connection')).toBe('close');
    expect(body.pulled()).toBeLessThanOrEqual(64 / 16 + 2);
  });

  it('refuses a declared Content-Length over the limit without reading', async () => {
    const body = countingBody(10, 1024);
    const request = new Request(`${URL_BASE}/responses`, {
      method: 'POST',
      body: body.stream,
      headers: { 'content-length': String(DEMO_LIMITS.maxBodyBytes + 1) },
      duplex: 'half',
    } as RequestInit);
    expect((await readBodyCapped(request, DEMO_LIMITS.maxBodyBytes)).ok).toBe(false);
    expect(body.pulled()).toBeLessThanOrEqual(1);
  });

  it('reads a body under the limit whole, multi-byte characters across chunks included', async () => {
    const bytes = new TextEncoder().encode('{"input":"你好 👋"}');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const b of bytes) controller.enqueue(new Uint8Array([b]));
        controller.close();
      },
    });
    const request = new Request(URL_BASE, { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    expect(await readBodyCapped(request, 100)).toEqual({ ok: true, text: '{"input":"你好 👋"}' });
  });
});

describe('demo limits: knobs, methods, headers', () => {
  it('refuses demo_deltas and demo_pace_ms beyond their limits', async () => {
    const backend = createDemoBackend({ defaultPaceMs: 0 });
    const deltas = await post(backend, { model: 'm', metadata: { demo_deltas: '100000000' } });
    expect(deltas.status).toBe(400);
    expect(await deltas.json()).toMatchObject({
      error: { param: 'metadata.demo_deltas', code: 'demo_limit' },
    });
    const pace = await post(backend, { model: 'm', metadata: { demo_pace_ms: '3600000' } });
    expect(pace.status).toBe(400);
  });

  it('answers 405 with Allow to other methods, and nosniff on every answer', async () => {
    const backend = createDemoBackend();
    for (const method of ['PUT', 'PATCH', 'HEAD']) {
      const res = await backend(new Request(`${URL_BASE}/responses`, { method }));
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, POST, DELETE, OPTIONS');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    for (const res of [
      await backend(new Request(`${URL_BASE}/models`)),
      await backend(new Request(`${URL_BASE}/nothing`)),
      await post(backend, { model: 'm' }),
    ])
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('demo limits: time and the event loop', () => {
  it('ends a stream that outlives the request time limit', async () => {
    const backend = createDemoBackend({ maxRequestMs: 50, defaultPaceMs: 20 });
    const res = await post(backend, {
      model: 'm',
      input: 'hi',
      stream: true,
      metadata: { demo_deltas: '1000' },
    });
    const events = parseSse(await res.text());
    expect(events.length).toBeLessThan(1000);
    expect(events.some((e) => e.type === 'response.completed')).toBe(false);
  });

  it('answers 504 when a plain answer is not generated within the time limit', async () => {
    const backend = createDemoBackend({ maxRequestMs: 0 });
    const res = await post(backend, { model: 'm', input: 'hi', metadata: { demo_deltas: '100000' } });
    expect(res.status).toBe(504);
  });

  it('lets the event loop turn while it builds a 100 000-delta plain answer', async () => {
    const backend = createDemoBackend();
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    const res = await post(backend, { model: 'm', input: 'hi', metadata: { demo_deltas: '100000' } });
    clearInterval(ticker);
    expect(res.status).toBe(200);
    expect(turns).toBeGreaterThanOrEqual(10);
  });

  it('drains an iterator in slices, yielding between them', async () => {
    let yields = 0;
    const steps = Array.from({ length: 10_000 }).values();
    const done = await drainInSlices(steps, new AbortController().signal, 2_000, () => {
      yields++;
      return Promise.resolve();
    });
    expect(done).toBe(true);
    expect(yields).toBe(5);
  });

  it('generates forced deltas lazily, paragraph by paragraph, exactly as many as asked', () => {
    let rounds = 0;
    const tokens = fitTokens(['a', 'b'], 100_000, () => {
      rounds++;
      return ['x', 'y', 'z'];
    });
    expect(tokens.length).toBe(100_000);
    expect(rounds).toBe(0); // nothing generated up front
    const iterator = tokens[Symbol.iterator]();
    for (let i = 0; i < 10; i++) iterator.next();
    expect(rounds).toBeLessThanOrEqual(3);
    expect([...fitTokens(['a'], 6, () => ['x', 'y', 'z'])]).toEqual(['a', 'x', 'y', 'z', 'x', 'yz']);
  });

  it('bounds what one hostile schema or tool-output list can make it generate', () => {
    const rng = createRng(1);
    const array = valueForSchema(
      { type: 'array', minItems: 1e9, items: { type: 'string', minLength: 1e9 } },
      { rng, text: '' },
    ) as string[];
    expect(array.length).toBeLessThanOrEqual(100);
    expect(array[0]?.length).toBeLessThanOrEqual(10_000);
    // A $ref that fans out (10 properties, each the root again) and an anyOf cycle.
    const fan = {
      type: 'object',
      properties: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`p${i}`, { $ref: '#' }])),
    };
    expect(JSON.stringify(valueForSchema(fan, { rng, text: '' })).length).toBeLessThan(200_000);
    expect(() => valueForSchema({ anyOf: [{ $ref: '#' }] }, { rng, text: '' })).not.toThrow();
    const outputs = Array.from({ length: 10_000 }, (_, i) => ({
      callId: `call_${i}`,
      output: 'x'.repeat(20_000),
    }));
    const answer = toolResultsAnswer(outputs, [], { rng, userText: '', turn: 1 });
    expect(answer).toContain('**10000** tool outputs');
    expect(answer).not.toContain('call_128`');
    expect(answer.length).toBeLessThan(128 * 8_200);
  });
});

describe('demo limits: stored responses', () => {
  it('drops the oldest responses beyond the total size, keeping the newest', () => {
    const store = new ResponseStore(100, 1_000);
    const entry = (id: string) => ({
      response: { id } as never,
      input: [],
      userText: '',
      turn: 1,
    });
    store.put(entry('a'), 400);
    store.put(entry('b'), 400);
    store.resize('b', 500);
    store.put(entry('c'), 300);
    expect(store.get('a')).toBeUndefined();
    expect(store.get('b')).toBeDefined();
    expect(store.bytes).toBe(800);
    store.put(entry('d'), 5_000);
    expect(store.size).toBe(1);
    expect(store.get('d')).toBeDefined();
  });

  it('counts each response’s request and output against the limit', async () => {
    const backend = createDemoBackend({ defaultPaceMs: 0, maxStoredBytes: 20_000 });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await post(backend, { model: 'm', input: 'x'.repeat(6_000), metadata: { n: String(i) } });
      ids.push(((await res.json()) as { id: string }).id);
    }
    const kept = await Promise.all(
      ids.map(async (id) => (await backend(new Request(`${URL_BASE}/responses/${id}`))).status),
    );
    expect(kept[0]).toBe(404);
    expect(kept.at(-1)).toBe(200);
  });
});
