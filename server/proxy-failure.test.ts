/**
 * The local proxy names why an upstream gave no answer, tested on real sockets: a port nobody
 * listens on, a host that cannot resolve, a TLS server with a self-signed certificate, https:// to a
 * plain http port, and a server that accepts but never answers.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './main';
import { createProxyListener } from './proxy';
import { classifyUpstreamFailure, errorCodes } from './proxy-failure';
import { rawCall } from './testing/proxy-fixtures';

let app: RunningServer;
let self: string;
let silent: Server;
let tls: TlsServer | undefined;
let certDir: string | undefined;
const logs: string[] = [];

/** A self-signed certificate made on the spot with openssl (no network); undefined without openssl. */
function selfSignedCert(): { key: Buffer; cert: Buffer } | undefined {
  try {
    certDir = mkdtempSync(join(tmpdir(), 'proxy-tls-'));
    const key = join(certDir, 'key.pem');
    const cert = join(certDir, 'cert.pem');
    const args = ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
    execFileSync('openssl', [...args, '-keyout', key, '-out', cert, '-subj', '/CN=localhost', '-days', '1'], {
      stdio: 'ignore',
    });
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } catch {
    return undefined;
  }
}

function listen(server: Server | TlsServer): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

/** A port that was free a moment ago: bound, then released. */
async function freePort(): Promise<number> {
  const probe = createServer();
  const port = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeAll(async () => {
  // Accepts connections, reads requests and never answers: a server that is "slow or unreachable".
  silent = createServer(() => {});
  await listen(silent);
  const pair = selfSignedCert();
  if (pair) {
    tls = createTlsServer(pair, (socket) => socket.end('HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n'));
    await listen(tls);
  }
  const proxy = createProxyListener({ headersTimeoutMs: 300, log: (line) => logs.push(line) });
  app = await startServer({ port: 0, host: '127.0.0.1', distDir: '/nonexistent', proxy });
  self = `http://127.0.0.1:${app.port}`;
});
afterAll(async () => {
  await app.close();
  silent.closeAllConnections();
  await new Promise((resolve) => silent.close(resolve));
  if (tls) await new Promise((resolve) => tls!.close(resolve));
  if (certDir) rmSync(certDir, { recursive: true, force: true });
});

/** A POST from the app's page through the proxy to `target`. */
async function through(target: string) {
  const res = await rawCall({
    port: app.port,
    method: 'POST',
    path: '/proxy/v1/responses',
    headers: {
      host: `127.0.0.1:${app.port}`,
      origin: self,
      'sec-fetch-site': 'same-origin',
      'content-type': 'application/json',
      'x-proxy-target': target,
    },
    body: '{"model":"m","input":"hi"}',
  });
  const error = (JSON.parse(res.body) as { error: Record<string, string> }).error;
  return { status: res.status, marker: res.headers['x-proxy-error'], error };
}

describe('local proxy: naming failures to reach the upstream', () => {
  it('a refused port: 502 proxy_connect_refused, marked as the proxy’s own', async () => {
    const port = await freePort();
    const { status, marker, error } = await through(`http://127.0.0.1:${port}/v1`);
    expect(status).toBe(502);
    expect(marker).toBe('proxy_connect_refused');
    expect(error).toMatchObject({ type: 'proxy_error', code: 'proxy_connect_refused' });
    expect(error.target).toBe(`http://127.0.0.1:${port}`);
    expect(error.message).toMatch(/refused/);
  });

  it('an unresolvable host: 502 proxy_dns', async () => {
    const { status, marker, error } = await through('http://nonexistent.invalid/v1');
    expect(status).toBe(502);
    expect(marker).toBe('proxy_dns');
    expect(error.message).toContain('nonexistent.invalid');
  });

  it('a self-signed certificate: 502 proxy_tls', async (context) => {
    if (!tls) return context.skip();
    const port = (tls.address() as AddressInfo).port;
    const { status, error } = await through(`https://127.0.0.1:${port}/v1`);
    expect(status).toBe(502);
    expect(error.code).toBe('proxy_tls');
  });

  it('https:// to a plain http port: 502 proxy_tls', async () => {
    const port = (silent.address() as AddressInfo).port;
    const { status, error } = await through(`https://127.0.0.1:${port}/v1`);
    expect(status).toBe(502);
    expect(error.code).toBe('proxy_tls');
  });

  it('no answer in time: 504 proxy_timeout', async () => {
    const port = (silent.address() as AddressInfo).port;
    const { status, marker, error } = await through(`http://127.0.0.1:${port}/v1`);
    expect(status).toBe(504);
    expect(marker).toBe('proxy_timeout');
    expect(error.message).toMatch(/no answer/);
  });
});

describe('classifyUpstreamFailure', () => {
  const fetchFailed = (cause: unknown) => new TypeError('fetch failed', { cause });

  it('reads the codes of an AggregateError (one per address tried)', () => {
    const cause = Object.assign(
      new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]),
      {},
    );
    expect(errorCodes(fetchFailed(cause))).toEqual(['ECONNREFUSED']);
    expect(classifyUpstreamFailure(fetchFailed(cause), 'http://localhost:9').code).toBe(
      'proxy_connect_refused',
    );
  });

  it('falls back to "unreachable" for anything else', () => {
    expect(classifyUpstreamFailure(fetchFailed(new Error('bad port')), 'http://h:1')).toMatchObject({
      status: 502,
      code: 'proxy_unreachable',
    });
  });

  it('counts undici’s connect timeout as a timeout', () => {
    const cause = Object.assign(new Error('Connect Timeout Error'), { code: 'UND_ERR_CONNECT_TIMEOUT' });
    expect(classifyUpstreamFailure(fetchFailed(cause), 'http://h')).toMatchObject({
      status: 504,
      code: 'proxy_timeout',
    });
  });
});
