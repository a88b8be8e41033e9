import { describe, expect, it } from 'vitest';
import type { RunError } from '../response/types';
import { chainRefusal } from './chain-refusal';

const chained = { previousResponseId: true, store: false };
const http = (status: number, fields: Partial<RunError>): RunError => ({
  kind: 'http',
  status,
  message: '',
  ...fields,
});

describe('recognising a server that will not chain', () => {
  it('OpenAI-shaped previous_response_not_found (relay routed elsewhere, or store:false)', () => {
    const error = http(400, {
      message: "Previous response with id 'resp_abc' not found.",
      param: 'previous_response_id',
      code: 'previous_response_not_found',
    });
    expect(chainRefusal(error, chained)).toBe('previous_response_id');
  });

  it('relays that reject the parameter itself, or answer 404 for what they never stored', () => {
    expect(
      chainRefusal(
        http(400, { message: 'Unsupported parameter: previous_response_id (request id: 2025)' }),
        chained,
      ),
    ).toBe('previous_response_id');
    expect(chainRefusal(http(404, { message: "Item with id 'msg_1' not found." }), chained)).toBe(
      'previous_response_id',
    );
    expect(chainRefusal(http(404, { message: 'Response not found' }), chained)).toBe('previous_response_id');
  });

  it('a refused store parameter', () => {
    const sent = { previousResponseId: false, store: true };
    expect(chainRefusal(http(400, { message: 'Unsupported parameter: store' }), sent)).toBe('store');
    expect(chainRefusal(http(400, { message: 'x', param: 'store' }), sent)).toBe('store');
    expect(chainRefusal(http(400, { message: 'The storefront is closed, invalid' }), sent)).toBeUndefined();
  });

  it('is not fooled by ordinary failures', () => {
    expect(chainRefusal(undefined, chained)).toBeUndefined();
    // A wrong URL behind a Go mux, auth and server errors, stream errors.
    expect(chainRefusal(http(404, { message: '404 page not found' }), chained)).toBeUndefined();
    expect(
      chainRefusal(http(401, { message: 'previous_response_id', code: 'invalid_api_key' }), chained),
    ).toBeUndefined();
    expect(chainRefusal(http(500, { code: 'previous_response_not_found' }), chained)).toBeUndefined();
    expect(chainRefusal({ kind: 'stream', message: 'previous_response_not_found' }, chained)).toBeUndefined();
    // The same answer to a request that did not chain is someone else's problem.
    expect(
      chainRefusal(http(400, { param: 'previous_response_id' }), { previousResponseId: false, store: false }),
    ).toBeUndefined();
  });
});
