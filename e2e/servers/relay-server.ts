/**
 * A misbehaving OpenAI-compatible relay for browser tests: `/<scenario>/v1/responses` answers the way
 * one real relay or failure does (relay-scenarios.ts). Control routes: `GET /health`,
 * `GET /__requests[?prefix=/relay/]` (what was received), `POST /__reset[?prefix=…]`,
 * `POST /__release?prefix=…` (lets held streams go on; see `holds` in relay-context.ts).
 * Run: `PORT=4318 npx tsx e2e/servers/relay-server.ts`.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMap } from '../../server/demo/request';
import type { RelayContext } from './relay-context';
import { sendJson, sendText } from './relay-context';
import { apiRoute } from './relay-api';
import { RequestLog } from './relay-log';
import { SCENARIOS } from './relay-scenarios';
import { RelayStore } from './relay-store';

function corsHeaders(req: IncomingMessage): Record<string, string> {
  return {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
    'access-control-allow-headers':
      req.headers['access-control-request-headers'] ?? 'authorization, content-type',
    'access-control-expose-headers': 'x-request-id, x-ratelimit-remaining-requests',
    'access-control-max-age': '600',
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const MODELS = ['gpt-4.1', 'gpt-4.1-mini', 'gpt-4o', 'o4-mini'];

/** A relay server (not yet listening) and its request log. */
export function createRelayServer(): { server: Server; log: RequestLog } {
  const log = new RequestLog();
  /** Streams waiting at their hold point: the request path and how to let it go on. */
  const held = new Set<{ path: string; release: (goOn: boolean) => void }>();
  const store = new RelayStore();
  let requestCount = 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://relay.local');
    const method = req.method ?? 'GET';
    const cors = corsHeaders(req);

    if (url.pathname === '/health') return sendText({ res, cors } as RelayContext, 200, 'text/plain', 'ok');
    if (url.pathname === '/__requests') {
      return sendJson(
        { res, cors } as RelayContext,
        200,
        log.list(url.searchParams.get('prefix') ?? undefined),
      );
    }
    if (url.pathname === '/__release') {
      if (method === 'OPTIONS') return void res.writeHead(204, cors).end();
      const prefix = url.searchParams.get('prefix') ?? '/';
      let released = 0;
      for (const gate of [...held]) {
        if (!gate.path.startsWith(prefix)) continue;
        gate.release(true);
        released++;
      }
      return sendJson({ res, cors } as RelayContext, 200, { released });
    }
    if (url.pathname === '/__reset') {
      if (method === 'OPTIONS') return void res.writeHead(204, cors).end();
      log.reset(url.searchParams.get('prefix') ?? undefined);
      return sendJson({ res, cors } as RelayContext, 200, { ok: true });
    }

    const scenarioName = url.pathname.split('/')[1] ?? '';
    const scenario = Object.hasOwn(SCENARIOS, scenarioName) ? SCENARIOS[scenarioName] : undefined;
    const bodyText = await readBody(req);
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]),
    );
    const entry = log.add({ method, path: req.url ?? '/', scenario: scenarioName, headers, body: bodyText });
    // As OpenAI and most relays do: an id per request (merged into every writeHead below).
    res.setHeader('x-request-id', `req_relay_${++requestCount}`);
    res.setHeader('x-ratelimit-remaining-requests', '499');
    const controller = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) {
        controller.abort();
        if (entry.outcome === 'open') entry.outcome = 'client-closed';
      } else if (entry.outcome === 'open') entry.outcome = 'finished';
    });
    let body: RelayContext['body'];
    try {
      const parsed: unknown = bodyText ? JSON.parse(bodyText) : undefined;
      body = isMap(parsed) ? parsed : undefined;
    } catch {
      body = undefined;
    }
    const ctx: RelayContext = {
      req,
      res,
      scenario: scenarioName,
      bodyText,
      body,
      stream: body?.stream === true,
      signal: controller.signal,
      cors: scenario?.cors === false ? {} : cors,
      setOutcome: (outcome) => {
        entry.outcome = outcome;
      },
      holds: url.pathname.split('/').some((segment) => segment.startsWith('hold-')),
      hold: () =>
        new Promise<boolean>((done) => {
          if (controller.signal.aborted) return done(false);
          const gate = {
            path: url.pathname,
            release: (goOn: boolean) => {
              held.delete(gate);
              controller.signal.removeEventListener('abort', onAbort);
              done(goOn);
            },
          };
          const onAbort = () => gate.release(false);
          held.add(gate);
          controller.signal.addEventListener('abort', onAbort, { once: true });
        }),
      store,
      sleep: (ms) =>
        new Promise<boolean>((done) => {
          if (controller.signal.aborted) return done(false);
          const timer = setTimeout(() => {
            controller.signal.removeEventListener('abort', onAbort);
            done(true);
          }, ms);
          const onAbort = () => {
            clearTimeout(timer);
            done(false);
          };
          controller.signal.addEventListener('abort', onAbort, { once: true });
        }),
    };

    if (!scenario) return sendText(ctx, 404, 'text/plain; charset=utf-8', '404 page not found');
    if (method === 'OPTIONS') {
      res.writeHead(204, ctx.cors).end();
      return;
    }
    if (await apiRoute(ctx, url, method, scenario.api !== false)) return;
    // Any prefix after the scenario works, so a test can use its own base URL (`/relay/t42/v1`).
    if (method === 'POST' && url.pathname.endsWith('/responses')) {
      if (body === undefined) {
        return sendJson(ctx, 400, {
          error: { message: 'Invalid JSON body', type: 'invalid_request_error', param: null, code: null },
        });
      }
      return scenario.respond(ctx);
    }
    if (method === 'GET' && url.pathname.endsWith('/models')) {
      return sendJson(ctx, 200, {
        object: 'list',
        data: MODELS.map((id) => ({ id, object: 'model', created: 1744316542, owned_by: 'relay' })),
      });
    }
    sendText(ctx, 404, 'text/plain; charset=utf-8', '404 page not found');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('relay error:', error);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  return { server, log };
}

/** Starts the relay; resolves with its origin once listening (port 0 picks a free port). */
export async function startRelayServer(port = 0, host = '127.0.0.1') {
  const { server, log } = createRelayServer();
  await new Promise<void>((done) => server.listen(port, host, done));
  const actual = (server.address() as AddressInfo).port;
  return {
    server,
    log,
    origin: `http://${host}:${actual}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(resolve(entry)).href) {
  const port = Number(process.env.PORT ?? 4318);
  startRelayServer(port, process.env.HOST ?? '127.0.0.1')
    .then(({ origin, close }) => {
      console.log(
        `Relay test server: ${origin}/<scenario>/v1 (scenarios: ${Object.keys(SCENARIOS).join(', ')})`,
      );
      const stop = () => void close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
