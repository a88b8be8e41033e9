/**
 * The proxy's bounds (issue 12): one stream's total duration, the number of requests forwarded at
 * once, what the failure log may say (the target's origin only), the headers it never returns, and
 * the server's own request timeout (shorter than Node's 300 s default).
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './main';
import { REQUEST_TIMEOUT_MS, startServer } from './main';
import { createProxyListener } from './proxy';
import { rawCall, rawRequest, startUpstream, type Upstream } from './testing/proxy-fixtures';

let upstream: Upstream;
let app: RunningServer;
const logs: string[] = [];

beforeAll(async () => {
  upstream = await startUpstream();
  // Idle and header timeouts are long: only the bounds under test can end a request here.
  const proxy = createProxyListener({
    headersTimeoutMs: 60_000,
    idleTimeoutMs: 60_000,
    maxStreamMs: 300,
    maxConnections: 1,
    log: (l) => logs.push(l),
  });
  app = await startServer({
    port: 0,
    host: '127.0.0.1',
    distDir: '/nonexistent',
    proxy,
    requestTimeoutMs: 300,
  });
});
afterAll(async () => {
  await app.close();
  await upstream.close();
});

function fromPage(path: string, target = `${upstream.origin}/relay/v1`) {
  return {
    port: app.port,
    method: 'GET',
    path,
    headers: {
      host: `127.0.0.1:${app.port}`,
      origin: `http://127.0.0.1:${app.port}`,
      'sec-fetch-site': 'same-origin',
      'x-proxy-target': target,
    },
  };
}

/** Reads a response to its end; resolves with how it ended. */
function ending(res: Awaited<ReturnType<typeof rawRequest>>): Promise<string> {
  return new Promise((resolve) => {
    res.on('data', () => {});
    res.once('end', () => resolve('end'));
    res.once('error', () => resolve('error'));
    res.once('aborted', () => resolve('aborted'));
  });
}

describe('local proxy bounds', () => {
  it('cuts a stream that outlives the overall cap, and logs the origin only', async () => {
    const res = await rawRequest(fromPage('/proxy/v1/stall', `${upstream.origin}/secret-path-sk-abc/v1`));
    expect(res.statusCode).toBe(200);
    expect(await ending(res)).not.toBe('end');
    const line = logs.find((l) => l.includes('stream cut')) ?? '';
    expect(line).toContain(upstream.origin);
    expect(logs.join('\n')).not.toContain('secret-path');
    expect(logs.join('\n')).not.toContain('/stall');
  });

  it('answers 503 beyond the number of requests it forwards at once', async () => {
    const held = await rawRequest(fromPage('/proxy/v1/stall'));
    const busy = await rawCall(fromPage('/proxy/v1/echo'));
    expect(busy.status).toBe(503);
    expect(busy.headers['retry-after']).toBe('5');
    expect(await ending(held)).not.toBe('end'); // the cap ends it; then there is room again
    let status = 503;
    for (let i = 0; i < 50 && status === 503; i++) {
      status = (await rawCall(fromPage('/proxy/v1/echo'))).status;
      if (status === 503) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(status).toBe(200);
  });

  it('never returns WWW-Authenticate (the browser would prompt for a password on our origin)', async () => {
    const res = await rawCall(fromPage('/proxy/v1/unauthorized'));
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBeUndefined();
    expect(res.body).toContain('invalid_api_key');
  });
});

describe('server request timeout', () => {
  it('is shorter than Node’s default of 300 s', () => {
    expect(REQUEST_TIMEOUT_MS).toBeLessThan(300_000);
  });

  it('closes a connection whose request never finishes arriving', async () => {
    const socket = connect(app.port, '127.0.0.1');
    socket.write(
      `POST /demo/v1/responses HTTP/1.1\r\nHost: 127.0.0.1:${app.port}\r\nContent-Length: 100\r\n\r\n{`,
    );
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    await new Promise((resolve) => socket.once('close', resolve));
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });
});
