import { describe, expect, it } from 'vitest';
import { endpointUrl } from '../api/endpoint-url';
import { isProxyHealth, normalizeTarget, proxiedEndpoint, upstreamUrl } from './proxy-route';

describe('proxiedEndpoint', () => {
  it('sends to the app origin /proxy and names the real base URL in x-proxy-target', () => {
    const routed = proxiedEndpoint(
      { baseUrl: ' https://relay.example/openai/v1 ', apiKey: 'sk-1', headers: { 'X-Team': 'a' } },
      'http://127.0.0.1:5180',
    );
    expect(routed).toEqual({
      baseUrl: 'http://127.0.0.1:5180/proxy',
      apiKey: 'sk-1',
      headers: { 'X-Team': 'a', 'x-proxy-target': 'https://relay.example/openai/v1' },
    });
    expect(endpointUrl(routed.baseUrl, '/responses')).toEqual({
      ok: true,
      value: 'http://127.0.0.1:5180/proxy/v1/responses',
    });
  });

  it('drops user headers that would steer the proxy, and keeps no key when there is none', () => {
    const routed = proxiedEndpoint(
      { baseUrl: 'https://a.example', headers: { 'X-Proxy-Target': 'https://evil.example' } },
      'http://localhost:1',
    );
    expect(routed.headers).toEqual({ 'x-proxy-target': 'https://a.example/' });
    expect('apiKey' in routed).toBe(false);
  });

  it('makes the target header-safe: punycode host, no hash', () => {
    expect(normalizeTarget('https://bücher.example/v1#x')).toBe('https://xn--bcher-kva.example/v1');
    expect(normalizeTarget('not a url')).toBe('not a url');
  });
});

describe('upstreamUrl', () => {
  it('joins like the page does and keeps both queries', () => {
    expect(upstreamUrl('https://relay.example/openai?api-version=2', '/responses', '?stream=true')).toEqual({
      ok: true,
      value: 'https://relay.example/openai/v1/responses?api-version=2&stream=true',
    });
    expect(upstreamUrl('http://127.0.0.1:4000/v1/', '/models')).toEqual({
      ok: true,
      value: 'http://127.0.0.1:4000/v1/models',
    });
    expect(upstreamUrl('https://open.bigmodel.cn/api/paas/v4', '/responses/resp_1')).toEqual({
      ok: true,
      value: 'https://open.bigmodel.cn/api/paas/v4/responses/resp_1',
    });
  });

  it('refuses what is not a plain http(s) base URL', () => {
    for (const target of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'http://u:p@h/v1',
      'relay.example',
      `https://x/${'a'.repeat(3000)}`,
    ])
      expect(upstreamUrl(target, '/responses').ok).toBe(false);
  });
});

describe('isProxyHealth', () => {
  it('tells the proxy from an index.html fallback', () => {
    expect(isProxyHealth({ proxy: 'responses-playground-proxy', version: 1 })).toBe(true);
    expect(isProxyHealth({ proxy: 'other', version: 1 })).toBe(false);
    expect(isProxyHealth(undefined)).toBe(false);
  });
});
