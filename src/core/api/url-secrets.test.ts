import { describe, expect, it } from 'vitest';
import {
  isSecretHeaderName,
  maskUrlSecrets,
  redactUrlSecretsInText,
  urlSecretValues,
  withoutUrlSecrets,
} from './url-secrets';

describe('maskUrlSecrets', () => {
  it('masks credential-like query values and keeps the rest', () => {
    const masked = maskUrlSecrets('https://relay.example/v1?key=sk-live-123&region=eu&access_token=abc');
    expect(masked).not.toMatch(/sk-live-123|abc(?!\w)/);
    expect(masked).toContain('region=eu');
    expect(new URL(masked).searchParams.get('key')).toBe('REDACTED');
    expect(new URL(masked).searchParams.get('access_token')).toBe('REDACTED');
  });

  it('masks a password in the authority', () => {
    expect(maskUrlSecrets('https://me:hunter22@relay.example/v1')).not.toContain('hunter22');
  });

  it('returns URLs without secrets, and non-URLs, unchanged', () => {
    for (const url of ['https://api.openai.com/v1', 'http://127.0.0.1:5180/demo/v1/', 'not a url', '']) {
      expect(maskUrlSecrets(url)).toBe(url);
    }
  });
});

describe('redactUrlSecretsInText', () => {
  it('masks credential-like query values wherever a URL is echoed in a text', () => {
    expect(
      redactUrlSecretsInText(
        'Could not fetch https://r.example/v1/responses?api_key=sk-echo-1&region=eu (HTTP 404): "/v1?token=t-2"',
      ),
    ).toBe(
      'Could not fetch https://r.example/v1/responses?api_key=REDACTED&region=eu (HTTP 404): "/v1?token=REDACTED"',
    );
    expect(redactUrlSecretsInText('{"url":"https://u:pw-3@r.example/v1?x-api-key=k-4"}')).toBe(
      '{"url":"https://u:REDACTED@r.example/v1?x-api-key=REDACTED"}',
    );
  });
  it('leaves ordinary text alone', () => {
    for (const text of ['a = b', 'e-mail me@example.com', '?region=eu&model=gpt', 'x'])
      expect(redactUrlSecretsInText(text)).toBe(text);
  });
});

describe('stored base URLs', () => {
  it('empties credential-like query values, keeping their names', () => {
    expect(withoutUrlSecrets('https://r.example/v1?api_key=sk-1&region=eu')).toBe(
      'https://r.example/v1?api_key=&region=eu',
    );
    expect(withoutUrlSecrets('https://r.example/v1')).toBe('https://r.example/v1');
    expect(urlSecretValues('https://r.example/v1?api_key=sk-1&sig=abc&region=eu')).toEqual(['sk-1', 'abc']);
  });
  it('knows credential-like header names', () => {
    for (const name of ['Authorization', 'api-key', 'x-api-key', 'X-Auth-Token', 'Cookie'])
      expect(isSecretHeaderName(name), name).toBe(true);
    expect(isSecretHeaderName('X-Team')).toBe(false);
  });
});
