import { describe, expect, it } from 'vitest';
import { evaluatePreflight, preflightHeaderNames, sendHeaderNames } from './doctor-cors';
import { browserPreflight, proxyPreflight } from './doctor-preflight';

const PAGE = 'http://127.0.0.1:5180';
const answer = (headers: Record<string, string>, status = 204) => ({
  kind: 'answer' as const,
  status,
  headers,
});

describe('preflight header names', () => {
  it('lists what Send uses, lower-cased and sorted, without safelisted headers', () => {
    expect(sendHeaderNames({ baseUrl: 'https://x' })).toEqual(['content-type']);
    expect(sendHeaderNames({ baseUrl: 'https://x', apiKey: 'sk', headers: { 'X-Team': 't' } })).toEqual([
      'authorization',
      'content-type',
      'x-team',
    ]);
    expect(
      preflightHeaderNames({
        Accept: 'text/event-stream, application/json',
        'Content-Type': 'text/plain',
        'Accept-Language': 'de',
      }),
    ).toEqual([]);
    expect(preflightHeaderNames({ Accept: 'a"b' })).toEqual(['accept']);
  });
});

describe('evaluatePreflight', () => {
  const req = ['authorization', 'content-type'];
  it('allows an echo of the requested headers (Starlette, LiteLLM)', () => {
    expect(
      evaluatePreflight(
        answer({
          'access-control-allow-origin': '*',
          'access-control-allow-headers': 'Authorization, Content-Type',
        }),
        PAGE,
        req,
      ).verdict,
    ).toBe('allowed');
    expect(
      evaluatePreflight(
        answer({
          'access-control-allow-origin': PAGE,
          'access-control-allow-headers': 'authorization,content-type',
        }),
        PAGE,
        req,
      ).verdict,
    ).toBe('allowed');
  });
  it('calls the gin-contrib/cors `*` lenient: the wildcard never covers Authorization', () => {
    const r = evaluatePreflight(
      answer({ 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' }),
      PAGE,
      req,
    );
    expect(r.verdict).toBe('lenient');
    expect(
      evaluatePreflight(
        answer({ 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' }),
        PAGE,
        ['content-type'],
      ).verdict,
    ).toBe('allowed');
  });
  it('blocks: no CORS headers, another origin, a missing header, a failing status', () => {
    expect(evaluatePreflight(answer({}, 404), PAGE, req)).toEqual({
      verdict: 'blocked',
      summary: expect.stringMatching(/no Access-Control-Allow-Origin.*HTTP 404/) as unknown,
      words: { text: [{ key: 'corsNoAllowOrigin', params: { status: 404 } }] },
    });
    expect(
      evaluatePreflight(answer({ 'access-control-allow-origin': 'https://app.example' }), PAGE, req).summary,
    ).toMatch(/allows the origin https:\/\/app\.example, not this page/);
    expect(
      evaluatePreflight(
        answer({ 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type' }),
        PAGE,
        req,
      ).summary,
    ).toBe('The preflight does not allow the header authorization.');
    expect(evaluatePreflight(answer({ 'access-control-allow-origin': '*' }, 500), PAGE, req).summary).toMatch(
      /HTTP 500/,
    );
  });
});

describe('browserPreflight', () => {
  const endpoint = { baseUrl: 'https://relay.example/v1', apiKey: 'sk' };
  const signal = new AbortController().signal;
  it('passes when the browser lets a request with the Send headers through', async () => {
    const seen: RequestInit[] = [];
    const fetch = ((_url: string, init: RequestInit) => (
      seen.push(init),
      Promise.resolve(new Response('{}'))
    )) as unknown as typeof globalThis.fetch;
    expect(await browserPreflight(fetch)(endpoint, [], signal)).toEqual({ kind: 'passed' });
    expect(seen[0]?.headers).toMatchObject({
      Authorization: 'Bearer sk',
      'Content-Type': 'application/json',
    });
  });
  it('tells a CORS refusal (no-cors still reaches the server) from an unreachable server', async () => {
    const cors = ((_url: string, init: RequestInit) =>
      init.mode === 'no-cors'
        ? Promise.resolve(new Response(null))
        : Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof globalThis.fetch;
    expect((await browserPreflight(cors)(endpoint, [], signal)).kind).toBe('blocked');
    const down = (() =>
      Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof globalThis.fetch;
    expect((await browserPreflight(down)(endpoint, [], signal)).kind).toBe('unreachable');
  });
});

describe('proxyPreflight', () => {
  it('asks the local proxy and reads its {status, headers} answer', async () => {
    let sent: { url: string; init: RequestInit } | undefined;
    const fetch = ((url: string, init: RequestInit) => {
      sent = { url, init };
      return Promise.resolve(Response.json({ status: 204, headers: { 'access-control-allow-origin': '*' } }));
    }) as unknown as typeof globalThis.fetch;
    const got = await proxyPreflight(fetch, PAGE)(
      { baseUrl: 'https://relay.example' },
      ['content-type'],
      new AbortController().signal,
    );
    expect(got).toEqual({ kind: 'answer', status: 204, headers: { 'access-control-allow-origin': '*' } });
    expect(sent?.url).toBe(`${PAGE}/proxy/v1/responses`);
    expect(sent?.init.method).toBe('OPTIONS');
    expect(sent?.init.headers).toEqual({
      'x-proxy-target': 'https://relay.example/',
      'x-proxy-preflight-headers': 'content-type',
    });
  });
  it('reports the proxy’s own error as unreachable', async () => {
    const fetch = (() =>
      Promise.resolve(
        Response.json(
          { error: { message: 'The local proxy could not reach https://x' } },
          { status: 502, headers: { 'x-proxy-error': '1' } },
        ),
      )) as unknown as typeof globalThis.fetch;
    expect(
      await proxyPreflight(fetch, PAGE)({ baseUrl: 'https://x' }, [], new AbortController().signal),
    ).toEqual({
      kind: 'unreachable',
      detail: 'The local proxy could not reach https://x',
    });
  });

  it('names a refused port as the proxy’s code says, so the doctor can word it', async () => {
    const fetch = (() =>
      Promise.resolve(
        Response.json(
          {
            error: {
              message: 'The local proxy could not reach http://127.0.0.1:9.',
              code: 'proxy_connect_refused',
              target: 'http://127.0.0.1:9',
            },
          },
          { status: 502, headers: { 'x-proxy-error': 'proxy_connect_refused' } },
        ),
      )) as unknown as typeof globalThis.fetch;
    const got = await proxyPreflight(fetch, PAGE)(
      { baseUrl: 'http://127.0.0.1:9/v1' },
      [],
      new AbortController().signal,
    );
    expect(got).toMatchObject({
      kind: 'unreachable',
      detail: 'The local proxy could not reach http://127.0.0.1:9.',
    });
    expect(got.kind === 'unreachable' && got.words?.text[0]).toEqual({
      key: 'verbatim',
      params: { text: 'The local proxy could not reach http://127.0.0.1:9.' },
      nested: {
        text: { id: 'proxy_connect_refused', params: { target: 'http://127.0.0.1:9', host: '127.0.0.1:9' } },
      },
    });
  });
});
