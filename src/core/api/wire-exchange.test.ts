import { describe, expect, it } from 'vitest';
import { maskRequest, maskSecret, requestIds, wireResponse } from './wire-exchange';

const KEY = 'sk-test-0123456789abcdef';

describe('wire exchange', () => {
  it('masks keys: scheme kept, the first three and last four characters of a long key', () => {
    expect(maskSecret(`Bearer ${KEY}`)).toBe('Bearer sk-…cdef');
    expect(maskSecret('short')).toBe('••••');
    expect(maskSecret(KEY)).toBe('sk-…cdef');
  });

  it('masks every credential in the request as sent, and keeps the rest as is', () => {
    const sent = maskRequest(
      {
        method: 'POST',
        url: 'http://127.0.0.1/proxy/v1/responses?api_key=secret123',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${KEY}`,
          'x-api-key': KEY,
          'x-proxy-target': 'https://relay.example/v1?key=hidden',
        },
      },
      '{"model":"m"}',
    );
    expect(JSON.stringify(sent)).not.toContain(KEY);
    expect(JSON.stringify(sent)).not.toContain('secret123');
    expect(JSON.stringify(sent)).not.toContain('hidden');
    expect(sent.headers).toContainEqual(['Content-Type', 'application/json']);
    expect(sent.headers).toContainEqual(['Authorization', 'Bearer sk-…cdef']);
    expect(sent.body).toBe('{"model":"m"}');
  });

  it('finds the request ids a relay returned, most specific first', () => {
    const response = wireResponse(
      200,
      new Headers({ 'cf-ray': 'ray1', 'X-Oneapi-Request-Id': 'one1', 'x-request-id': 'req_1' }),
    );
    expect(response.status).toBe(200);
    expect(requestIds(response.headers).map((id) => id.value)).toEqual(['req_1', 'one1', 'ray1']);
  });
});
