/**
 * `npm start`: builds the app if needed, then serves dist/ and the demo backend (at /demo, for this
 * machine and the app's own page only: demo-mount.ts) on one origin. Env: PORT (default 5180), HOST (default 127.0.0.1), NO_BUILD=1 to skip the build step.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBuilt } from './build';
import type { DemoBackendOptions } from './demo';
import { createDemoMount } from './demo-mount';
import { createProxyListener, PROXY_PREFIX } from './proxy';
import type { ProxyListener } from './proxy';
import { createStaticHandler } from './static-files';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_PORT = 5180;
export const DEFAULT_HOST = '127.0.0.1';
/** How long a client may take to send one whole request (Node's default is 300 s: slowloris room). */
export const REQUEST_TIMEOUT_MS = 60_000;

export interface StartServerOptions {
  port?: number;
  host?: string;
  /** The built app. Default `<repo>/dist`. */
  distDir?: string;
  demo?: DemoBackendOptions;
  /** Mounted at /proxy/; default `createProxyListener()` from server/proxy.ts. */
  proxy?: ProxyListener;
  /** Default {@link REQUEST_TIMEOUT_MS}; tests shorten it. */
  requestTimeoutMs?: number;
}

export interface RunningServer {
  server: Server;
  /** `http://host:port/` */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the app server; resolves once it listens (port 0 picks a free port). */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const demoBase = '/demo';
  const demo = createDemoMount({ ...options.demo, basePath: demoBase });
  const serveStatic = createStaticHandler(options.distDir ?? join(ROOT, 'dist'));
  const proxy = options.proxy ?? createProxyListener();

  const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const timeouts = {
    requestTimeout,
    headersTimeout: Math.min(requestTimeout, 20_000),
    // How often Node looks for requests past those limits (default 30 s).
    connectionsCheckingInterval: Math.min(requestTimeout / 2, 5_000),
  };
  const server = createServer(timeouts, (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === demoBase || path.startsWith(`${demoBase}/`)) return demo(req, res);
    if (path.startsWith(PROXY_PREFIX) || path === PROXY_PREFIX.slice(0, -1)) return proxy(req, res);
    serveStatic(req, res).catch((error: unknown) => {
      console.error('static file error:', error);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    port,
    url: `http://${shownHost}:${port}/`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        // Open streams would keep close() waiting forever.
        server.closeAllConnections();
      }),
  };
}

/**
 * Serves until SIGINT/SIGTERM, from the environment: PORT, HOST, NO_BUILD (see the top of this
 * file). `npm start` runs it directly; the packed package's bin (server/cli.ts) runs it with NO_BUILD.
 */
export async function main(): Promise<void> {
  if (!process.env.NO_BUILD) await ensureBuilt(ROOT);
  else if (!existsSync(join(ROOT, 'dist', 'index.html'))) {
    console.warn('dist/index.html is missing and NO_BUILD is set: run `npm run build` first.');
  }
  const running = await startServer({
    port: process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT,
    host: process.env.HOST || DEFAULT_HOST,
  });
  console.log(`Responses Playground: ${running.url}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`\n${signal}: shutting down`);
    void running.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(resolve(entry)).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
