import { describe, expect, it } from 'vitest';
import { saidEnglish } from '../said-english';
import { encodeDeepLink, MAX_DEEP_LINK_REQUEST_CHARS, parseDeepLink } from './deep-link';

const bytesToB64 = (bytes: Uint8Array | number[]) => btoa(String.fromCharCode(...bytes));
/** Standard base64 with padding, as other tools may produce it. */
const b64 = (text: string) => bytesToB64(new TextEncoder().encode(text));
const b64url = (text: string) => b64(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const bytesUrl = (bytes: number[]) => bytesToB64(bytes).replace(/=+$/, '');
/** The JSON text inside a hash made by encodeDeepLink. */
const payload = (hash: string) => {
  const std = hash.replace('#request=', '').replace(/-/g, '+').replace(/_/g, '/');
  return new TextDecoder().decode(
    Uint8Array.from(atob(std + '='.repeat((4 - (std.length % 4)) % 4)), (c) => c.charCodeAt(0)),
  );
};

function opened(hash: string) {
  const result = parseDeepLink(hash);
  if (!result.ok) throw new Error(saidEnglish(result.error));
  return result.value;
}
function failed(hash: string): string {
  const result = parseDeepLink(hash);
  if (result.ok) throw new Error(`expected an error for ${hash.slice(0, 80)}`);
  return saidEnglish(result.error);
}

const REQUEST = { model: 'gpt-4.1-mini', input: '你好，世界 👋🏽 — «ok»', stream: true };

describe('parseDeepLink', () => {
  it('returns null when the hash asks for nothing', () => {
    for (const hash of ['', '#', '#foo=bar', '#base_url=https%3A%2F%2Fx.test', '#requests=abc'])
      expect(opened(hash)).toBeNull();
  });

  it('opens base64url with or without padding, and standard base64 too', () => {
    let json = JSON.stringify(REQUEST);
    while (new TextEncoder().encode(json).length % 3 !== 1) json += ' '; // so that base64 needs "=="
    const expected = JSON.stringify(REQUEST, null, 2);
    const padded = b64url(json) + '='.repeat((4 - (b64url(json).length % 4)) % 4);
    expect(padded).toMatch(/[^=]==$/);
    for (const encoded of [b64url(json), padded, b64(json)]) {
      expect(opened(`#request=${encoded}`)).toEqual({ requestText: expected });
    }
    expect(opened(`request=${b64(json).replace(/=/g, '%3D').replace(/\+/g, '%2B')}`)?.requestText).toBe(
      expected,
    );
  });

  it('pretty-prints with 2 spaces and keeps literals exactly as written', () => {
    const json =
      '{"model":"m","max_output_tokens":12345678901234567890,"temperature":1.0,"input":"\\u00e9\\n"}';
    const text = opened(`#request=${b64url(json)}`)?.requestText;
    expect(text).toBe(
      '{\n  "model": "m",\n  "max_output_tokens": 12345678901234567890,\n  "temperature": 1.0,\n  "input": "\\u00e9\\n"\n}',
    );
    expect(JSON.parse(text ?? '')).toEqual(JSON.parse(json));
  });

  it('reads base_url, URL-encoded, in either order', () => {
    const r = b64url('{"model":"m"}');
    const url = 'https://relay.example.com/openai/v1';
    expect(opened(`#request=${r}&base_url=${encodeURIComponent(url)}`)?.baseUrl).toBe(url);
    expect(opened(`#base_url=${encodeURIComponent('http://127.0.0.1:8080')}&request=${r}`)?.baseUrl).toBe(
      'http://127.0.0.1:8080',
    );
  });

  it('tolerates a "+" that form decoding turned into a space, and wrapped lines', () => {
    const json = JSON.stringify({ input: '>>>?' }); // its base64 contains "+" and "/"
    expect(b64(json)).toMatch(/[+/]/);
    const mangled = b64(json).replace(/\+/g, ' ');
    expect(
      JSON.parse(opened(`#request=${mangled.slice(0, 5)}\n${mangled.slice(5)}`)?.requestText ?? ''),
    ).toEqual({ input: '>>>?' });
  });

  it.each([
    ['#request=', 'the request is empty'],
    ['#request=eyJh*', 'not base64url (unexpected "*" at position 5)'],
    ['#request=ey=J9', 'not base64url (unexpected "=" at position 3)'],
    ['#request=eyJ9e', 'not base64url (truncated data)'],
    [`#request=${bytesUrl([0x7b, 0x22, 0xff, 0x22, 0x7d])}`, 'not valid UTF-8'],
    [`#request=${bytesUrl([0x7b, 0xed, 0xa0, 0x80, 0x7d])}`, 'not valid UTF-8'],
    [`#request=${b64url('[1,2]')}`, 'must be a JSON object'],
    [`#request=${b64url('"text"')}`, 'must be a JSON object'],
    [`#request=${b64url('{"a":1,}')}`, 'line 1, column 8: Trailing commas'],
    [`#request=${b64url('{"a":1} // x')}`, 'Comments are not allowed'],
    ['#request=%E0%A4%A', 'broken %-encoding'],
    [`#request=${b64url('{}')}&base_url=javascript%3Aalert(1)`, 'http:// or https://'],
    [`#request=${b64url('{}')}&base_url=data%3Atext%2Fhtml%2Cx`, 'http:// or https://'],
    [`#request=${b64url('{}')}&base_url=file%3A%2F%2F%2Fetc%2Fpasswd`, 'http:// or https://'],
    [`#request=${b64url('{}')}&base_url=not%20a%20url`, 'not a valid URL'],
    [`#request=${b64url('{}')}&base_url=`, 'not a valid URL'],
  ])('rejects %s', (hash, message) => {
    const error = failed(hash);
    expect(error).toMatch(/^Invalid link: /);
    expect(error).toContain(message);
  });

  it('rejects a huge request before decoding it', () => {
    // Not base64url at all: a decoder that ran first would say so instead of "too large".
    const huge = '!'.repeat(MAX_DEEP_LINK_REQUEST_CHARS + 4);
    expect(failed(`#request=${huge}`)).toContain('too large');
  });

  it('opens a large but reasonable request', () => {
    const body = { model: 'm', input: '长'.repeat(300_000) };
    expect(JSON.parse(opened(encodeDeepLink(JSON.stringify(body)))?.requestText ?? '')).toEqual(body);
  });
});

describe('encodeDeepLink', () => {
  it('round-trips CJK, emoji and a base URL', () => {
    const text = JSON.stringify(REQUEST, null, 2);
    const hash = encodeDeepLink(text, 'https://例え.jp/v1?x=1&y=2');
    expect(hash).toMatch(/^#request=[A-Za-z0-9_-]+&base_url=[^&]+$/);
    // The host arrives canonical, as punycode: a look-alike host name cannot pass for another.
    expect(opened(hash)).toEqual({ requestText: text, baseUrl: 'https://xn--r8jz45g.jp/v1?x=1&y=2' });
  });

  it("percent-encodes what a base URL's path should not carry raw", () => {
    const hash = encodeDeepLink('{}', "https://evil.example/a'.touch('pwned').'/v1");
    expect(opened(hash)?.baseUrl).toBe('https://evil.example/a%27.touch%28%27pwned%27%29.%27/v1');
  });

  it('drops insignificant whitespace but never touches literals', () => {
    const text = '{\n    "a" : [ 1.50 , "x  y" ],\n\t"b": {}\n}';
    const hash = encodeDeepLink(text);
    const decoded = payload(hash);
    expect(decoded).toBe('{"a":[1.50,"x  y"],"b":{}}');
    expect(opened(hash)?.requestText).toBe('{\n  "a": [\n    1.50,\n    "x  y"\n  ],\n  "b": {}\n}');
  });

  it('encodes invalid text as is (the receiver then reports it)', () => {
    const hash = encodeDeepLink('{"a": ');
    expect(payload(hash)).toBe('{"a": ');
    expect(failed(hash)).toContain('Unexpected end of text');
  });

  it('omits base_url when none is given', () => {
    expect(encodeDeepLink('{}')).toBe(`#request=${b64url('{}')}`);
  });
});

describe('deep link base URLs carry no credentials', () => {
  it('refuses a user name or password in base_url, like share links do', () => {
    const result = parseDeepLink(
      `#request=e30&base_url=${encodeURIComponent('https://user:sk-secret@relay.example/v1')}`,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(saidEnglish(result.error)).toContain('user name or password');
  });
});
