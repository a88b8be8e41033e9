import { describe, expect, it } from 'vitest';
import { canonicalBaseUrl } from './canonical-url';

const canonical = (text: string) => {
  const result = canonicalBaseUrl(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('canonicalBaseUrl', () => {
  it('keeps ordinary base URLs exactly as typed', () => {
    for (const url of [
      'https://api.openai.com/v1',
      'https://x.test',
      'https://x.test/',
      'http://127.0.0.1:5180/demo/v1',
      'https://relay.test/openai/deployments/gpt-4.1?api-version=2025-01-01&x=a+b',
      'http://[::1]:8080/v1',
      'https://x.test/a%2Fb/v1',
    ])
      expect(canonical(url)).toBe(url);
  });

  it('percent-encodes what a path or query should not carry raw', () => {
    expect(canonical("https://evil.example/a'.touch('pwned').'/v1")).toBe(
      'https://evil.example/a%27.touch%28%27pwned%27%29.%27/v1',
    );
    expect(canonical('https://x.test/$(id);`b`!*/v1?q=$(id)"{x}')).toBe(
      'https://x.test/%24%28id%29%3B%60b%60%21%2A/v1?q=%24%28id%29%22%7Bx%7D',
    );
    expect(canonical('https://x.test/你好/v1 ')).toBe('https://x.test/%E4%BD%A0%E5%A5%BD/v1');
    expect(canonical('https://x.test/100%/v1')).toBe('https://x.test/100%25/v1');
  });

  it('drops the fragment and lowercases the host', () => {
    expect(canonical('https://X.Test/v1#frag')).toBe('https://x.test/v1');
  });

  it('refuses hosts with characters no host name has, and non-http schemes', () => {
    expect(canonicalBaseUrl('https://a$(id).test/v1').ok).toBe(false);
    expect(canonicalBaseUrl('https://a"b.test/').ok).toBe(false);
    expect(canonicalBaseUrl('javascript:alert(1)').ok).toBe(false);
    expect(canonicalBaseUrl('not a url').ok).toBe(false);
  });
});
