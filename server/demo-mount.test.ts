/**
 * The demo backend behind our servers (issue 12): another site's page is refused (403, no
 * Access-Control-Allow-Origin), so is a DNS-rebinding Host; the app's own page and tools on this
 * machine are served; TRACE gets 405. Checked on the `npm start` server and on the Vite mount.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './main';
import { startServer } from './main';
import { rawCall } from './testing/proxy-fixtures';
import { demoBackendPlugin } from './vite-plugin';

type Middleware = (req: unknown, res: unknown, next: () => void) => void;

let app: RunningServer;
let vite: Server;
let vitePort: number;

beforeAll(async () => {
  app = await startServer({
    port: 0,
    host: '127.0.0.1',
    distDir: '/nonexistent',
    demo: { defaultPaceMs: 0 },
  });
  // Vite's dev server, reduced to what the plugin touches: a middleware stack.
  const stack: Middleware[] = [];
  const plugin = demoBackendPlugin({ defaultPaceMs: 0 });
  const configure = plugin.configureServer as unknown as (server: {
    middlewares: { use: (m: Middleware) => void };
  }) => void;
  configure({ middlewares: { use: (m) => stack.push(m) } });
  vite = createServer((req, res) => stack[0]?.(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((resolve) => vite.listen(0, '127.0.0.1', resolve));
  vitePort = (vite.address() as AddressInfo).port;
});
afterAll(async () => {
  await app.close();
  vite.closeAllConnections();
  await new Promise((resolve) => vite.close(resolve));
});

const BODY = JSON.stringify({ model: 'gpt-4.1-mini', input: 'hi' });

describe.each([
  ['npm start', () => app.port],
  ['the Vite mount', () => vitePort],
])('demo backend under %s', (_name, port) => {
  const self = () => `http://127.0.0.1:${port()}`;
  const call = (headers: Record<string, string>, method = 'POST', path = '/demo/v1/responses') =>
    rawCall({
      port: port(),
      method,
      path,
      headers: { host: `127.0.0.1:${port()}`, 'content-type': 'application/json', ...headers },
      body: method === 'POST' ? BODY : undefined,
    });

  it("serves the app's own page, granting CORS to that origin only", async () => {
    const res = await call({ origin: self(), 'sec-fetch-site': 'same-origin' });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(self());
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves tools on this machine (no Origin, no Sec-Fetch-Site), without CORS', async () => {
    const res = await call({});
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it.each([
    ['another site', { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' }],
    ['another port on this machine', { origin: 'http://127.0.0.1:1', 'sec-fetch-site': 'same-site' }],
    ['a cross-site request without Origin', { 'sec-fetch-site': 'cross-site' }],
    ['an opaque origin', { origin: 'null' }],
  ])('refuses %s: 403, no Access-Control-Allow-Origin', async (_what, headers) => {
    const res = await call(headers);
    expect(res.status).toBe(403);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await call({ ...headers, 'access-control-request-method': 'POST' }, 'OPTIONS');
    expect(preflight.status).toBe(403);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a DNS-rebinding Host', async () => {
    const res = await call({ host: `evil.example:${port()}`, origin: `http://evil.example:${port()}` });
    expect(res.status).toBe(403);
  });

  it('answers TRACE and other unknown methods with 405 and Allow', async () => {
    for (const method of ['TRACE', 'PUT']) {
      const res = await call({}, method);
      expect(res.status, method).toBe(405);
      expect(res.headers.allow).toBe('GET, POST, DELETE, OPTIONS');
    }
  });
});

describe('demo backend body limit on the server', () => {
  it('answers 413 to a body over the limit and closes the connection', async () => {
    const res = await rawCall({
      port: app.port,
      method: 'POST',
      path: '/demo/v1/responses',
      headers: { host: `127.0.0.1:${app.port}` },
      body: 'x'.repeat(5 * 1024 * 1024),
    });
    expect(res.status).toBe(413);
    expect(res.headers.connection).toBe('close');
  });
});
