import { describe, expect, it } from 'vitest';
import type { WireExchange } from '../../core/api/wire-exchange';
import { wireCapture } from './wire-capture';

const KEY = 'sk-live-abcdefghijklmnop1234';

describe('wireCapture', () => {
  it('records each exchange masked, the answer joined to its request; a stale run records nothing', () => {
    let list: WireExchange[] = [];
    let current = true;
    const hooks = wireCapture(
      () => current,
      (change) => (list = change(list)),
      '{"model":"m"}',
    );
    hooks.onRequest?.({
      method: 'POST',
      url: 'https://relay.example/v1/responses',
      headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
    });
    hooks.onResponse?.({ status: 200, headers: new Headers({ 'x-request-id': 'req_9' }) });
    hooks.onRequest?.({
      method: 'GET',
      url: 'https://relay.example/v1/responses/r?stream=true',
      headers: {},
    });
    expect(JSON.stringify(list)).not.toContain(KEY);
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({
      request: { method: 'POST', body: '{"model":"m"}' },
      response: { status: 200, headers: [['x-request-id', 'req_9']] },
    });
    expect(list[1]?.request.body).toBeUndefined();

    current = false;
    hooks.onResponse?.({ status: 500, headers: new Headers() });
    expect(list[1]?.response).toBeUndefined();
  });
});
