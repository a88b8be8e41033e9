import { describe, expect, it } from 'vitest';
import type { RunAction } from '../response/types';
import { listModels } from './list-models';
import { routeEndpoint } from './route';
import { sendResponsesRequest } from './send-request';

describe('routeEndpoint', () => {
  it('leaves an endpoint without proxy alone', () => {
    const endpoint = { baseUrl: 'https://relay.example/v1', apiKey: 'sk' };
    expect(routeEndpoint(endpoint)).toBe(endpoint);
  });

  it('sends through {proxy}/proxy with the real base URL in x-proxy-target', () => {
    expect(
      routeEndpoint({
        baseUrl: 'https://relay.example/openai',
        apiKey: 'sk',
        headers: { 'X-Team': 't', 'X-Proxy-Target': 'https://evil.example' },
        proxy: 'http://127.0.0.1:5180/',
      }),
    ).toEqual({
      baseUrl: 'http://127.0.0.1:5180/proxy',
      apiKey: 'sk',
      headers: { 'X-Team': 't', 'x-proxy-target': 'https://relay.example/openai' },
    });
  });
});

describe('transport through the local proxy', () => {
  const endpoint = { baseUrl: 'https://relay.example/v1', apiKey: 'sk-1', proxy: 'http://127.0.0.1:5180' };

  it('POSTs the body to the proxy with the key and the target header', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const fetch = ((url: string, init: RequestInit) => {
      calls.push({ url, init });
      return Promise.resolve(
        Response.json({ id: 'resp_1', object: 'response', status: 'completed', output: [] }),
      );
    }) as unknown as typeof globalThis.fetch;
    const actions: RunAction[] = [];
    await sendResponsesRequest({
      endpoint,
      body: '{"model":"m"}',
      signal: new AbortController().signal,
      onAction: (a) => actions.push(a),
      fetch,
    });
    expect(calls[0]?.url).toBe('http://127.0.0.1:5180/proxy/v1/responses');
    expect(calls[0]?.init.headers).toMatchObject({
      Authorization: 'Bearer sk-1',
      'x-proxy-target': 'https://relay.example/v1',
    });
    expect(calls[0]?.init.body).toBe('{"model":"m"}');
    expect(actions.some((a) => a.kind === 'json')).toBe(true);
  });

  it('lists models through the proxy', async () => {
    let seen = '';
    const fetch = ((url: string) => {
      seen = url;
      return Promise.resolve(Response.json({ data: [{ id: 'b' }, { id: 'a' }] }));
    }) as unknown as typeof globalThis.fetch;
    expect(await listModels(endpoint, new AbortController().signal, fetch)).toEqual({
      ok: true,
      value: ['a', 'b'],
    });
    expect(seen).toBe('http://127.0.0.1:5180/proxy/v1/models');
  });
});
