import { describe, expect, it } from 'vitest';
import { noticed } from '../response/notice-messages';
import { initialView } from '../response/reduce';
import { endpointSecrets, redactView } from './redact';

describe('redaction', () => {
  it('takes the key and credential-like header values, not short or ordinary ones', () => {
    expect(
      endpointSecrets({
        apiKey: 'sk-live-123456',
        headers: {
          'x-api-key': 'gw-key-987654',
          Authorization: 'Bearer tok-abcdefgh',
          'x-region': 'eu-west-1a',
        },
      }),
    ).toEqual(['sk-live-123456', 'gw-key-987654', 'Bearer tok-abcdefgh', 'tok-abcdefgh']);
    expect(endpointSecrets({ apiKey: 'short' })).toEqual([]);
  });

  it('replaces echoes in the error, notices and a failed response, and leaves a clean view as is', () => {
    const clean = { ...initialView(), status: 'failed' as const, notices: [noticed('doneMarker')] };
    expect(redactView(clean, ['sk-live-123456'])).toBe(clean);
    const view = {
      ...clean,
      error: { kind: 'http' as const, message: 'bad key sk-live-123456', raw: 'sk-live-123456' },
      notices: [noticed('cancelRefused', { id: 'resp_1', detail: 'seen sk-live-123456' })],
      response: { id: 'resp_1', error: { message: 'key sk-live-123456 refused' } },
    };
    const safe = redactView(view, ['sk-live-123456']);
    expect(JSON.stringify(safe)).not.toContain('sk-live-123456');
    expect(safe.error?.message).toBe('bad key [redacted]');
    expect(safe.response?.id).toBe('resp_1');
  });

  it('takes a key from the base URL query string, and masks any echoed query key', () => {
    expect(endpointSecrets({ baseUrl: 'https://r.example/v1?api_key=sk-query-123456' })).toEqual([
      'sk-query-123456',
    ]);
    const view = {
      ...initialView(),
      status: 'failed' as const,
      error: {
        kind: 'network' as const,
        message: '"https://r.example/v1?api_key=sk-other-987654" is not a valid URL.',
      },
    };
    expect(JSON.stringify(redactView(view, []))).not.toContain('sk-other-987654');
  });
});
