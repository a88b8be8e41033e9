import { describe, expect, it } from 'vitest';
import { manualPreflight } from './doctor-preflight';
import { runDoctor } from './doctor';
import type { CheckId, DoctorCard } from './doctor-types';
import { fakeRelay, fetchVia, FLAVOURS, type FakeRelayTraits } from './testing/fake-relays';

const PAGE = 'http://127.0.0.1:5180';
const BASE = 'https://relay.example/v1';

async function doctor(traits: FakeRelayTraits, extra: Partial<Parameters<typeof runDoctor>[0]> = {}) {
  const relay = fakeRelay(traits);
  const fetch = fetchVia(relay.handle);
  const card = await runDoctor({
    endpoint: { baseUrl: BASE, apiKey: 'sk-test', headers: {} },
    pageOrigin: PAGE,
    preflight: manualPreflight(fetch, PAGE),
    fetch,
    ...extra,
  });
  return { card, relay };
}

const status = (card: DoctorCard) =>
  Object.fromEntries(card.checks.map((c) => [c.id, c.status])) as Record<CheckId, string>;

describe('runDoctor', () => {
  it('an OpenAI-like endpoint passes everything and keeps server-side chaining', async () => {
    const { card, relay } = await doctor(FLAVOURS.openai);
    expect(status(card)).toEqual({
      cors: 'pass',
      models: 'pass',
      responses: 'pass',
      stream: 'pass',
      store: 'pass',
      chaining: 'pass',
      usage: 'pass',
      functions: 'pass',
      reasoning: 'pass',
      background: 'pass',
      cancel: 'pass',
      resume: 'pass',
      input_items: 'pass',
      input_tokens: 'pass',
      compact: 'pass',
      conversations: 'pass',
      delete: 'pass',
    });
    expect(card.facts.api).toEqual({
      background: true,
      cancel: true,
      resume: true,
      input_items: true,
      input_tokens: true,
      compact: true,
      conversations: true,
      delete: true,
    });
    expect(card.facts.framing).toMatchObject({
      eventLines: true,
      doneMarker: false,
      keepAliveEvents: 1,
      keepAliveComments: 0,
      terminal: 'response.completed',
    });
    expect(card.facts.usageFields).toContain('output_tokens_details.reasoning_tokens');
    expect(card.model).toBe('gpt-4.1-mini');
    expect(card.route).toBe('direct');
    expect(card.advice).toEqual({ chainingMode: 'server' });
    // The preflight asked for exactly the headers Send uses, from the page's origin.
    const preflight = relay.received.find((r) => r.method === 'OPTIONS');
    expect(preflight?.headers.get('access-control-request-headers')).toBe('authorization,content-type');
    expect(preflight?.headers.get('origin')).toBe(PAGE);
    // Every probe carried the key the way Send does.
    const sent = relay.received.filter((r) => r.method !== 'OPTIONS');
    expect(sent.filter((r) => r.method === 'POST').length).toBe(10);
    expect(sent.every((r) => r.headers.get('authorization') === 'Bearer sk-test')).toBe(true);
    // The rest of the API, each at its own route.
    expect(
      sent.map((r) => `${r.method} ${new URL(r.url).pathname}${new URL(r.url).search}`).slice(-9),
    ).toEqual([
      'POST /v1/responses',
      'POST /v1/responses/resp_6/cancel',
      'GET /v1/responses/resp_6?stream=true&starting_after=0',
      'GET /v1/responses/resp_1/input_items',
      'POST /v1/responses/input_tokens',
      'POST /v1/responses/compact',
      'POST /v1/conversations',
      'DELETE /v1/conversations/conv_1',
      'DELETE /v1/responses/resp_1',
    ]);
  });

  it('a new-api-like relay: lenient CORS, `: PING` keep-alives, no stored responses, replay chaining', async () => {
    const { card } = await doctor(FLAVOURS.newApi);
    const s = status(card);
    expect(s.cors).toBe('warn');
    expect(card.facts.cors).toBe('lenient');
    expect(card.checks.find((c) => c.id === 'cors')?.summary).toMatch(/does not cover Authorization/);
    expect(card.facts.framing).toMatchObject({ eventLines: true, doneMarker: false, keepAliveComments: 1 });
    expect(s.store).toBe('warn');
    expect(card.facts.store).toBe(false);
    expect(s.chaining).toBe('fail');
    expect(card.facts.chaining).toBe(false);
    expect(card.checks.find((c) => c.id === 'chaining')?.summary).toMatch(
      /HTTP 400: Previous response with id .* not found\..*replay/,
    );
    expect(card.advice.chainingMode).toBe('replay');
    // new-api drops `background` and has none of the other routes: each one says so.
    expect(card.checks.find((c) => c.id === 'background')?.summary).toMatch(/ignores `background`/);
    expect(s.cancel).toBe('skip');
    for (const id of ['input_items', 'input_tokens', 'compact', 'conversations', 'delete'] as const) {
      expect(s[id]).toBe('warn');
      expect(card.checks.find((c) => c.id === id)?.summary).toMatch(
        /^Not supported here: HTTP 404: Invalid URL/,
      );
    }
    expect(card.facts.api).toEqual({
      background: false,
      input_items: false,
      input_tokens: false,
      compact: false,
      conversations: false,
      delete: false,
    });
  });

  it('a LiteLLM-like relay: data-only frames ending in [DONE], basic usage, reasoning refused', async () => {
    const { card } = await doctor(FLAVOURS.litellm);
    const s = status(card);
    expect(card.facts.framing).toMatchObject({
      eventLines: false,
      doneMarker: true,
      keepAliveComments: 0,
      keepAliveEvents: 0,
    });
    expect(card.checks.find((c) => c.id === 'stream')?.summary).toMatch(
      /`data:` lines only.*ends with \[DONE\]/,
    );
    expect(s.cors).toBe('pass');
    expect(s.chaining).toBe('pass');
    expect(s.usage).toBe('pass');
    expect(card.facts.usageFields).toEqual(['input_tokens', 'output_tokens', 'total_tokens']);
    expect(s.reasoning).toBe('warn');
    expect(card.checks.find((c) => c.id === 'reasoning')?.summary).toMatch(
      /refused.*reasoning is not supported/,
    );
  });

  it('a relay without /v1/responses (404) says so and skips the rest', async () => {
    const { card } = await doctor(FLAVOURS.oneApi);
    const s = status(card);
    expect(s.models).toBe('pass');
    expect(s.responses).toBe('fail');
    expect(card.facts.responsesRoute).toBe(false);
    expect(card.checks.find((c) => c.id === 'responses')?.summary).toMatch(
      /No Responses API here \(HTTP 404: Invalid URL \(POST \/v1\/responses\)\)/,
    );
    for (const id of ['stream', 'store', 'chaining', 'usage', 'functions', 'reasoning'] as const)
      expect(s[id]).toBe('skip');
  });

  it('a relay without CORS: blocked, the probes are skipped and the proxy is advised', async () => {
    const { card, relay } = await doctor(FLAVOURS.noCors);
    expect(status(card).cors).toBe('fail');
    expect(card.facts.cors).toBe('blocked');
    expect(card.checks[0]?.summary).toMatch(/no Access-Control-Allow-Origin/);
    expect(card.checks.slice(1).every((c) => c.status === 'skip' && /Use local proxy/.test(c.summary))).toBe(
      true,
    );
    expect(card.advice.useProxy).toBe(true);
    expect(relay.received.filter((r) => r.method !== 'OPTIONS')).toHaveLength(0);
  });

  it('uses the model it is given, merges extra body fields, and reports progress', async () => {
    const seen: number[] = [];
    const { card, relay } = await doctor(FLAVOURS.openai, {
      model: 'o4-mini',
      extraBody: { metadata: { demo_pace_ms: '0' } },
      onProgress: (checks) => seen.push(checks.length),
    });
    expect(card.model).toBe('o4-mini');
    const bodies = await Promise.all(
      relay.received
        .filter((r) => r.method === 'POST' && new URL(r.url).pathname === '/v1/responses')
        .map((r) => r.json() as Promise<Record<string, unknown>>),
    );
    expect(
      bodies.every(
        (b) => b.model === 'o4-mini' && (b.metadata as { demo_pace_ms?: string }).demo_pace_ms === '0',
      ),
    ).toBe(true);
    expect(seen).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });

  it('calls fetch as a plain function (window.fetch called as a method throws "Illegal invocation")', async () => {
    const relay = fakeRelay(FLAVOURS.openai);
    const strictFetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      if (this !== undefined) return Promise.reject(new TypeError('Illegal invocation'));
      return relay.handle(new Request(input, init));
    } as typeof fetch;
    const card = await runDoctor({
      endpoint: { baseUrl: BASE },
      pageOrigin: PAGE,
      preflight: manualPreflight(strictFetch, PAGE),
      fetch: strictFetch,
    });
    expect(card.checks.every((c) => c.status === 'pass')).toBe(true);
  });

  it('never writes the key into the card, even when the server echoes it', async () => {
    const echo: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'OPTIONS') return fakeRelay(FLAVOURS.openai).handle(request);
      const message = `Incorrect API key provided: ${request.headers.get('authorization')?.slice(7) ?? ''}`;
      return Promise.resolve(Response.json({ error: { message, code: 'invalid_api_key' } }, { status: 401 }));
    };
    const card = await runDoctor({
      endpoint: { baseUrl: BASE, apiKey: 'sk-secret-123456' },
      pageOrigin: PAGE,
      preflight: manualPreflight(echo, PAGE),
      fetch: echo,
      model: 'm',
    });
    expect(JSON.stringify(card)).not.toContain('sk-secret-123456');
    expect(card.checks.find((c) => c.id === 'responses')?.summary).toBe(
      'HTTP 401: Incorrect API key provided: [API key]',
    );
  });

  it('an unreachable endpoint fails the CORS check and skips everything else', async () => {
    const fetch: typeof globalThis.fetch = () => Promise.reject(new TypeError('fetch failed'));
    const card = await runDoctor({
      endpoint: { baseUrl: BASE },
      pageOrigin: PAGE,
      preflight: manualPreflight(fetch, PAGE),
      fetch,
    });
    expect(card.facts.cors).toBe('unreachable');
    expect(card.checks.slice(1).every((c) => c.status === 'skip')).toBe(true);
  });

  it('a probe that hangs times out instead of waiting forever', async () => {
    const relay = fakeRelay(FLAVOURS.openai);
    const hang: typeof fetch = (input, init) =>
      new Request(input, init).method === 'OPTIONS'
        ? relay.handle(new Request(input, init))
        : new Promise((_, reject) =>
            init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
          );
    const card = await runDoctor({
      endpoint: { baseUrl: BASE },
      pageOrigin: PAGE,
      preflight: manualPreflight(hang, PAGE),
      fetch: hang,
      timeoutMs: 30,
      model: 'm',
    });
    expect(card.checks.find((c) => c.id === 'models')?.summary).toMatch(/No answer within 0 s/);
    expect(card.checks.find((c) => c.id === 'responses')?.status).toBe('fail');
  });
});
