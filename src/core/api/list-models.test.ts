import { describe, expect, it } from 'vitest';
import { listModels } from './list-models';

const endpoint = { baseUrl: 'https://relay.example', apiKey: 'sk-1' };

function fetchReturning(
  body: string,
  init: ResponseInit = {},
  seen: { url?: string; init?: RequestInit } = {},
): typeof fetch {
  return (input, requestInit) => {
    seen.url = urlOf(input);
    seen.init = requestInit;
    return Promise.resolve(new Response(body, init));
  };
}

describe('listModels', () => {
  it('GETs /v1/models and returns sorted, unique ids (OpenAI shape)', async () => {
    const seen: { url?: string; init?: RequestInit } = {};
    const body = '{"object":"list","data":[{"id":"gpt-5","object":"model"},{"id":"gpt-4.1"},{"id":"gpt-5"}]}';
    const result = await listModels(endpoint, new AbortController().signal, fetchReturning(body, {}, seen));
    expect(result).toEqual({ ok: true, value: ['gpt-4.1', 'gpt-5'] });
    expect(seen.url).toBe('https://relay.example/v1/models');
    expect(seen.init).toMatchObject({
      method: 'GET',
      credentials: 'omit',
      headers: { Accept: 'application/json', Authorization: 'Bearer sk-1' },
    });
  });

  it.each([
    ['{"models":[{"name":"b"},{"model":"a"}]}', ['a', 'b']],
    ['["x","y"]', ['x', 'y']],
    ['{"data":[{"id":"  m  "},{"id":""},{"nope":1},null,"s"]}', ['m', 's']],
    ['{"data":[]}', []],
  ])('tolerates relay shapes: %s', async (body, ids) => {
    expect(await listModels(endpoint, new AbortController().signal, fetchReturning(body))).toEqual({
      ok: true,
      value: ids,
    });
  });

  it('reports HTTP errors, bad JSON, a missing list, network failures and cancellation', async () => {
    const signal = new AbortController().signal;
    const http = await listModels(
      endpoint,
      signal,
      fetchReturning('{"error":{"message":"bad key","code":"invalid_api_key"}}', { status: 401 }),
    );
    expect(http).toMatchObject({ ok: false, error: { kind: 'http', status: 401, message: 'bad key' } });
    expect(await listModels(endpoint, signal, fetchReturning('<html>'))).toMatchObject({
      ok: false,
      error: { kind: 'invalid-data' },
    });
    expect(await listModels(endpoint, signal, fetchReturning('{"object":"list"}'))).toMatchObject({
      ok: false,
      error: { kind: 'invalid-data', message: expect.stringContaining('"data"') as unknown },
    });
    const down = await listModels(endpoint, signal, () => Promise.reject(new TypeError('Failed to fetch')));
    expect(down).toMatchObject({
      ok: false,
      error: { kind: 'network', message: expect.stringContaining('https://relay.example') as unknown },
    });
    const controller = new AbortController();
    controller.abort();
    const cancelled = await listModels(endpoint, controller.signal, () =>
      Promise.reject(new DOMException('aborted', 'AbortError')),
    );
    expect(cancelled).toEqual({
      ok: false,
      error: { kind: 'network', message: 'Cancelled.', text: { id: 'cancelled' } },
    });
    expect(await listModels({ baseUrl: '' }, signal, fetchReturning('[]'))).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Enter a base URL') as unknown },
    });
  });
});

function urlOf(input: string | URL | Request): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}
