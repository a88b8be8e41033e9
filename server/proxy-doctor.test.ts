// The endpoint doctor against real local servers over HTTP: the demo backend (OpenAI-like), the
// misbehaving relay's new-api and LiteLLM styles, and its no-CORS relay through the real local proxy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelayServer } from '../e2e/servers/relay-server';
import { manualPreflight, runDoctor, type DoctorCard } from '../src/core/endpoints';
import type { RunningServer } from './main';
import { startServer } from './main';

let app: RunningServer;
let relay: Awaited<ReturnType<typeof startRelayServer>>;
let page: string;

/** fetch as the app's page would do it: same-origin requests carry Origin and Sec-Fetch-Site. */
const pageFetch: typeof fetch = (input, init = {}) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (!url.startsWith(page)) return fetch(input, init);
  const headers = new Headers(init.headers);
  headers.set('origin', page);
  headers.set('sec-fetch-site', 'same-origin');
  return fetch(input, { ...init, headers });
};

beforeAll(async () => {
  app = await startServer({
    port: 0,
    host: '127.0.0.1',
    distDir: '/nonexistent',
    demo: { defaultPaceMs: 0 },
  });
  relay = await startRelayServer(0);
  page = app.url.replace(/\/$/, '');
});
afterAll(async () => {
  await app.close();
  await relay.close();
});

const statuses = (card: DoctorCard) => Object.fromEntries(card.checks.map((c) => [c.id, c.status]));

describe('endpoint doctor over HTTP', () => {
  it('the demo backend behaves like OpenAI: everything passes', async () => {
    const card = await runDoctor({
      endpoint: { baseUrl: `${page}/demo/v1` },
      pageOrigin: page,
      preflight: manualPreflight(pageFetch, page),
      fetch: pageFetch,
      model: 'gpt-4.1-mini',
    });
    expect(statuses(card)).toEqual({
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
    expect(card.facts.framing).toMatchObject({ eventLines: true, doneMarker: false });
    expect(card.advice.chainingMode).toBe('server');
  });

  it('the LiteLLM-style relay: data-only frames and [DONE]', async () => {
    const card = await runDoctor({
      endpoint: { baseUrl: `${relay.origin}/litellm/v1`, apiKey: 'sk-doctor' },
      pageOrigin: page,
      preflight: manualPreflight(pageFetch, page),
      fetch: pageFetch,
    });
    expect(card.facts.cors).toBe('allowed');
    expect(card.facts.framing).toMatchObject({ eventLines: false, doneMarker: true });
    expect(card.route).toBe('direct');
  });

  it('the keep-alive relay: `: PING` comments and keepalive events are counted', async () => {
    const card = await runDoctor({
      endpoint: { baseUrl: `${relay.origin}/keepalive/v1` },
      pageOrigin: page,
      preflight: manualPreflight(pageFetch, page),
      fetch: pageFetch,
    });
    expect(card.facts.framing?.keepAliveComments).toBeGreaterThan(0);
    expect(card.facts.framing?.keepAliveEvents).toBeGreaterThan(0);
    expect(card.checks.find((c) => c.id === 'stream')?.summary).toMatch(
      /keep-alives: \d+ comment\(s\), \d+ keepalive event\(s\)/,
    );
  });

  it('a relay without CORS: blocked for the browser, and fine through the local proxy', async () => {
    const base = `${relay.origin}/no-cors/v1`;
    const direct = await runDoctor({
      endpoint: { baseUrl: base },
      pageOrigin: page,
      preflight: manualPreflight(pageFetch, page),
      fetch: pageFetch,
    });
    expect(direct.facts.cors).toBe('blocked');
    expect(direct.checks.slice(1).every((c) => c.status === 'skip')).toBe(true);

    const before = relay.log.list('/no-cors/').length;
    const proxied = await runDoctor({
      endpoint: { baseUrl: base, apiKey: 'sk-through-proxy' },
      pageOrigin: page,
      preflight: manualPreflight(pageFetch, page),
      fetch: pageFetch,
      proxyOrigin: page,
    });
    expect(proxied.route).toBe('proxy');
    expect(proxied.checks[0]?.summary).toMatch(/went through the local proxy/);
    const s = statuses(proxied);
    expect([s.models, s.responses, s.stream, s.functions]).toEqual(['pass', 'pass', 'pass', 'pass']);
    // The relay keeps its responses (GET by id works through the proxy too), but has no conversations.
    expect(s.store).toBe('pass');
    expect(s.conversations).toBe('warn');
    const sent = relay.log
      .list('/no-cors/')
      .slice(before)
      .filter((r) => r.method === 'POST');
    expect(sent.length).toBeGreaterThan(0);
    expect(
      sent.every(
        (r) => r.headers.authorization === 'Bearer sk-through-proxy' && r.headers.origin === undefined,
      ),
    ).toBe(true);
  });
});
