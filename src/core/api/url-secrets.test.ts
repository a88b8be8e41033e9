import { describe, expect, it } from 'vitest';
import { maskUrlSecrets } from './url-secrets';

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
