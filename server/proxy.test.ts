import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './main';
import { startServer } from './main';
import { apiPathOf, createProxyListener } from './proxy';
import { latch, rawCall, rawRequest, startUpstream, type Upstream } from './testing/proxy-fixtures';

let upstream: Upstream;
let app: RunningServer;
let self: string;
const logs: string[] = [];
const KEY = 'sk-proxy-test-secret-123';

beforeAll(async () => {
  upstream = await startUpstream();
  const proxy = createProxyListener({
    headersTimeoutMs: 1000,
    idleTimeoutMs: 1000,
    maxBodyBytes: 1024,
    log: (l) => logs.push(l),
  });
  app = await startServer({ port: 0, host: '127.0.0.1', distDir: '/nonexistent', proxy });
  self = `http://127.0.0.1:${app.port}`;
});
afterAll(async () => {
  await app.close();
  await upstream.close();
});

/** The error object of a JSON error body. */
function errorOf(body: string): { message: string; type: string; code: string } {
  return (JSON.parse(body) as { error: { message: string; type: string; code: string } }).error;
}

/** What the app's page sends: same-origin POST with Origin, the target header and the key. */
function fromPage(path: string, extra: Record<string, string> = {}, method = 'POST') {
  return {
    port: app.port,
    method,
    path,
    headers: {
      host: `127.0.0.1:${app.port}`,
      origin: self,
      'sec-fetch-site': 'same-origin',
      'content-type': 'application/json',
      authorization: `Bearer ${KEY}`,
      'x-proxy-target': `${upstream.origin}/relay/v1`,
      ...extra,
    },
    body: method === 'POST' ? '{"model":"m","input":"hi"}' : undefined,
  };
}

describe('local proxy: who may use it', () => {
  it('answers /proxy/health to the page only', async () => {
    const ok = await rawCall({
      port: app.port,
      path: '/proxy/health',
      headers: { host: `127.0.0.1:${app.port}`, 'sec-fetch-site': 'same-origin' },
    });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ proxy: 'responses-playground-proxy', version: 1 });
    const bare = await rawCall({
      port: app.port,
      path: '/proxy/health',
      headers: { host: `127.0.0.1:${app.port}` },
    });
    expect(bare.status).toBe(403);
  });

  it.each([
    ['another site', { origin: 'http://evil.example' }],
    ['another port on this machine', { origin: 'http://127.0.0.1:1' }],
    ['https look-alike', { origin: `https://127.0.0.1:0` }],
    ['an opaque origin', { origin: 'null' }],
    ['no Origin and a cross-site fetch', { origin: '', 'sec-fetch-site': 'cross-site' }],
    ['no Origin and no Sec-Fetch-Site (curl, other tools)', { origin: '', 'sec-fetch-site': '' }],
  ])('refuses %s', async (_name, headers) => {
    const before = upstream.received.length;
    const opts = fromPage('/proxy/v1/echo');
    const merged: Record<string, string> = { ...opts.headers, ...headers };
    for (const [k, v] of Object.entries(merged)) if (v === '') delete merged[k];
    const res = await rawCall({ ...opts, headers: merged });
    expect(res.status).toBe(403);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(errorOf(res.body).type).toBe('proxy_error');
    expect(upstream.received.length).toBe(before);
  });

  it('refuses a DNS-rebinding Host even when Origin matches it, and a Host with another port', async () => {
    const before = upstream.received.length;
    const rebound = fromPage('/proxy/v1/echo', {
      host: `evil.example:${app.port}`,
      origin: `http://evil.example:${app.port}`,
    });
    expect((await rawCall(rebound)).status).toBe(403);
    const port = fromPage('/proxy/v1/echo', { host: '127.0.0.1:1', origin: 'http://127.0.0.1:1' });
    expect((await rawCall(port)).status).toBe(403);
    expect(upstream.received.length).toBe(before);
  });

  it('accepts localhost as well as 127.0.0.1', async () => {
    const res = await rawCall(
      fromPage('/proxy/v1/echo', { host: `localhost:${app.port}`, origin: `http://localhost:${app.port}` }),
    );
    expect(res.status).toBe(200);
  });

  it.each([
    '/proxy/admin',
    '/proxy/v2/responses',
    '/proxy/v1',
    '/proxy/v1/../admin',
    '/proxy/v1/%2e%2e/admin',
    '/proxy/v1/responses/..%2f..%2fadmin',
    '/proxy/v1/a%5cb',
    '/proxy/v1//responses',
    '/proxy/v1/responses/',
  ])('refuses the path %s', async (path) => {
    const before = upstream.received.length;
    const res = await rawCall(fromPage(path));
    expect(res.status).toBe(404);
    expect(upstream.received.length).toBe(before);
  });

  it.each([
    ['no target', ''],
    ['a file URL', 'file:///etc/passwd'],
    ['credentials in the URL', 'http://user:pw@127.0.0.1:1/v1'],
    ['not a URL', 'relay.example'],
  ])('refuses %s', async (_name, target) => {
    const opts = fromPage('/proxy/v1/echo');
    const headers: Record<string, string> = { ...opts.headers, 'x-proxy-target': target };
    if (!target) delete headers['x-proxy-target'];
    const res = await rawCall({ ...opts, headers });
    expect(res.status).toBe(400);
  });

  it('refuses methods other than GET, POST and DELETE, and plain CORS preflights', async () => {
    expect((await rawCall(fromPage('/proxy/v1/echo', {}, 'PUT'))).status).toBe(405);
    const preflight = await rawCall({
      port: app.port,
      method: 'OPTIONS',
      path: '/proxy/v1/responses',
      headers: {
        host: `127.0.0.1:${app.port}`,
        origin: 'http://evil.example',
        'access-control-request-method': 'POST',
      },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('limits the request body', async () => {
    const res = await rawCall({ ...fromPage('/proxy/v1/echo'), body: 'x'.repeat(2000) });
    expect(res.status).toBe(413);
  });

  it('apiPathOf keeps only clean /v1/ paths', () => {
    expect(apiPathOf('/proxy/v1/responses')).toBe('/responses');
    expect(apiPathOf('/proxy/v1/responses/resp_abc%3D%3D')).toBe('/responses/resp_abc%3D%3D');
    expect(apiPathOf('/proxy/v1/responses/.')).toBeUndefined();
  });
});

describe('local proxy: forwarding', () => {
  it('sends the key and the API headers to the target, and nothing about the browser', async () => {
    const res = await rawCall(
      fromPage('/proxy/v1/echo?after=3', {
        cookie: 'session=local',
        referer: `${self}/`,
        'sec-ch-ua': '"Chromium"',
        'x-custom': 'kept',
        'x-proxy-target': `${upstream.origin}/base?api-version=2024`,
      }),
    );
    expect(res.status).toBe(200);
    const echoed = JSON.parse(res.body) as { headers: Record<string, string>; url: string };
    expect(echoed.url).toBe('/base/v1/echo?api-version=2024&after=3');
    expect(echoed.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(echoed.headers['x-custom']).toBe('kept');
    expect(echoed.headers['content-type']).toBe('application/json');
    for (const name of ['cookie', 'referer', 'origin', 'sec-ch-ua', 'sec-fetch-site', 'x-proxy-target'])
      expect(echoed.headers[name]).toBeUndefined();
    expect(echoed.headers.host).toBe(new URL(upstream.origin).host);
    // Cookies never come back; upstream CORS headers come back renamed; the body cannot run as a page.
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['x-upstream-access-control-allow-origin']).toBe('*');
    expect(res.headers['content-security-policy']).toContain('sandbox');
  });

  it('passes a stream through chunk by chunk: the first event arrives before the upstream finishes', async () => {
    const res = await rawRequest(fromPage('/proxy/v1/responses'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/event-stream');
    expect(res.headers['x-request-id']).toBe('req_stream');
    res.setEncoding('utf8');
    const chunks: string[] = [];
    const first = await new Promise<string>((resolve) => res.once('data', resolve));
    chunks.push(first);
    expect(first).toContain('response.created');
    expect(first).not.toContain('response.completed');
    upstream.gate.release();
    for await (const chunk of res) chunks.push(chunk as string);
    expect(chunks.join('')).toMatch(/response\.created[\s\S]*response\.completed/);
  });

  it('hides nothing of an upstream error: status, body byte for byte, request id, retry-after', async () => {
    const res = await rawCall(fromPage('/proxy/v1/ratelimit'));
    expect(res.status).toBe(429);
    expect(res.body).toBe(
      '{"error":{"message":"Rate limit reached for gpt-4.1 (request id: abc)","type":"requests","param":null,"code":"rate_limit_exceeded"}}',
    );
    expect(res.headers['x-request-id']).toBe('req_429');
    expect(res.headers['retry-after']).toBe('7');
    expect(res.headers['x-proxy-error']).toBeUndefined();
    const html = await rawCall(fromPage('/proxy/v1/html'));
    expect(html.status).toBe(502);
    expect(html.body).toContain('<title>502 Bad Gateway</title>');
    const missing = await rawCall(fromPage('/proxy/v1/nothing-here'));
    expect(missing.status).toBe(404);
    expect(missing.body).toBe('404 page not found');
  });

  it('says so when the upstream cannot be reached, without logging the key', async () => {
    const port = await closedPort();
    const res = await rawCall(
      fromPage('/proxy/v1/responses?key=sk-in-query', { 'x-proxy-target': `http://127.0.0.1:${port}/v1` }),
    );
    expect(res.status).toBe(502);
    expect(res.headers['x-proxy-error']).toBe('proxy_connect_refused');
    expect(errorOf(res.body).message).toMatch(new RegExp(`refused by http://127\\.0\\.0\\.1:${port}`));
    expect(res.body).toContain('ECONNREFUSED');
    expect(logs.join('\n')).not.toMatch(/sk-/);
  });

  it('does not follow redirects (the key would travel with them)', async () => {
    const before = upstream.received.length;
    const res = await rawCall(fromPage('/proxy/v1/redirect'));
    expect(res.status).toBe(502);
    expect(errorOf(res.body).message).toMatch(/HTTP 302.*elsewhere\.example/);
    expect(upstream.received.length).toBe(before + 1);
  });

  it('times out cleanly: 504 when no headers come, a cut connection when the stream goes quiet', async () => {
    const hang = await rawCall(fromPage('/proxy/v1/hang'));
    expect(hang.status).toBe(504);
    expect(errorOf(hang.body).code).toBe('proxy_timeout');
    const res = await rawRequest(fromPage('/proxy/v1/stall'));
    expect(res.statusCode).toBe(200);
    const outcome = await new Promise<string>((resolve) => {
      res.on('data', () => {});
      res.once('end', () => resolve('end'));
      res.once('error', () => resolve('error'));
      res.once('aborted', () => resolve('aborted'));
    });
    expect(outcome).not.toBe('end');
    expect(logs.some((l) => l.includes('stream cut'))).toBe(true);
    expect(logs.join('\n')).not.toContain(KEY);
  });

  it('a page that goes away closes the upstream connection', async () => {
    const res = await rawRequest(fromPage('/proxy/v1/hold'));
    await new Promise((resolve) => res.once('data', resolve));
    res.destroy();
    await upstream.holdClosed;
  });

  it('applies backpressure: a page that does not read stops the upstream', async () => {
    const res = await rawRequest(fromPage('/proxy/v1/flood'));
    res.pause();
    await new Promise((resolve) => setTimeout(resolve, 400));
    const sent = upstream.flooded();
    // 64 MiB on offer; only socket and stream buffers may fill while nobody reads.
    expect(sent).toBeLessThan(24 * 1024 * 1024);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(upstream.flooded() - sent).toBeLessThan(1024 * 1024);
    res.destroy();
  });

  it('runs a CORS preflight for the doctor as the browser would, from the page origin', async () => {
    const res = await rawCall(
      fromPage(
        '/proxy/v1/responses',
        { 'x-proxy-preflight-headers': 'authorization,content-type' },
        'OPTIONS',
      ),
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({
      status: 204,
      headers: {
        'access-control-allow-origin': '*',
        'access-control-allow-headers': 'authorization,content-type',
        vary: 'Origin',
      },
    });
    const sent = upstream.received.at(-1);
    expect(sent?.method).toBe('OPTIONS');
    expect(sent?.headers.origin).toBe(self);
    expect(sent?.headers['access-control-request-headers']).toBe('authorization,content-type');
    expect(sent?.headers.authorization).toBeUndefined();
  });
});

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('latch', () => {
  it('releases', async () => {
    const l = latch();
    l.release();
    await l.wait;
  });
});
