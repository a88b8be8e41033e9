import { describe, expect, it, vi } from 'vitest';
import { SERVER_PROBE_HEADER } from '../../core/hosting';
import { serverHasDemo } from './server-probe';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('serverHasDemo', () => {
  it('is true when the page’s server lists the demo models, asked past any in-browser demo', async () => {
    const fetchImpl = vi.fn((_url: string, _init?: RequestInit) =>
      Promise.resolve(json({ object: 'list', data: [{ id: 'gpt-4.1' }] })),
    );
    expect(await serverHasDemo(fetchImpl as unknown as typeof fetch, 'http://127.0.0.1:5180/')).toBe(true);
    expect(fetchImpl.mock.calls[0]?.[0]).toBe('http://127.0.0.1:5180/demo/v1/models');
    expect(new Headers(fetchImpl.mock.calls[0]?.[1]?.headers).has(SERVER_PROBE_HEADER)).toBe(true);
  });

  it('is false on a static host: 404, 405, index.html for every path, or no network', async () => {
    const answers = [
      () => Promise.resolve(new Response('Not Found', { status: 404 })),
      () => Promise.resolve(new Response('', { status: 405 })),
      () => Promise.resolve(new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } })),
      () => Promise.resolve(json({ hello: 'world' })),
      () => Promise.reject(new TypeError('Failed to fetch')),
    ];
    for (const answer of answers)
      expect(await serverHasDemo(answer as unknown as typeof fetch, 'https://u.github.io/repo/')).toBe(false);
  });
});
