import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { checkSource, isLoopbackAddress, isLoopbackHostname } from './proxy-guard';

function req(
  headers: Record<string, string>,
  remoteAddress = '127.0.0.1',
  localPort = 5180,
): IncomingMessage {
  return { headers, socket: { remoteAddress, localPort } } as unknown as IncomingMessage;
}

describe('checkSource', () => {
  const page = { host: '127.0.0.1:5180', origin: 'http://127.0.0.1:5180' };

  it('accepts the app page on this machine', () => {
    expect(checkSource(req(page))).toEqual({ ok: true, origin: 'http://127.0.0.1:5180' });
    expect(checkSource(req({ host: '[::1]:5180', origin: 'http://[::1]:5180' }, '::1')).ok).toBe(true);
    expect(
      checkSource(req({ host: 'localhost:5180', 'sec-fetch-site': 'same-origin' }, '::ffff:127.0.0.1')).ok,
    ).toBe(true);
  });

  it('refuses peers on the network, even when the server is bound to 0.0.0.0', () => {
    const result = checkSource(req(page, '192.168.1.20'));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/this machine/) as unknown });
    expect(checkSource(req(page, '::ffff:10.0.0.2')).ok).toBe(false);
  });

  it('refuses hosts that are not loopback names unless allowed', () => {
    const lan = { host: 'my-pc.lan:5180', origin: 'http://my-pc.lan:5180' };
    expect(checkSource(req(lan)).ok).toBe(false);
    expect(checkSource(req(lan), ['my-pc.lan']).ok).toBe(true);
    expect(
      checkSource(req({ host: '127.0.0.1.nip.io:5180', origin: 'http://127.0.0.1.nip.io:5180' })).ok,
    ).toBe(false);
    expect(checkSource(req({ host: 'a@b:5180', origin: 'http://b:5180' })).ok).toBe(false);
    expect(checkSource(req({ origin: page.origin })).ok).toBe(false);
  });

  it('refuses a matching Origin with a Sec-Fetch-Site that is not same-origin', () => {
    expect(checkSource(req({ ...page, 'sec-fetch-site': 'cross-site' })).ok).toBe(false);
  });
});

describe('loopback names', () => {
  it('knows loopback addresses and names', () => {
    expect(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'].every(isLoopbackAddress)).toBe(true);
    expect(['10.0.0.1', '0.0.0.0', '::', '128.0.0.1', undefined].some(isLoopbackAddress)).toBe(false);
    expect(['localhost', 'app.localhost', 'LOCALHOST.', '[::1]', '127.0.0.1'].every(isLoopbackHostname)).toBe(
      true,
    );
    expect(['localhost.evil.com', 'evil.com', '0.0.0.0'].some(isLoopbackHostname)).toBe(false);
  });
});

describe('proxy log redaction', () => {
  it('drops credentials an error text quotes', async () => {
    const { withSecretsRedacted } = await import('./proxy');
    const lines: string[] = [];
    const log = withSecretsRedacted((line) => lines.push(line));
    log('proxy: POST failed: Headers.append: "Bearer sk-live-abc123XYZ\n" is an invalid header value.');
    log('proxy: upstream said Basic dXNlcjpwYXNz and key sk-proj-0123456789');
    expect(lines.join('\n')).not.toMatch(/abc123|dXNlcjpwYXNz|0123456789/);
    expect(lines[0]).toContain('Bearer [redacted]');
  });
});
