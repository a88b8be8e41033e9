/**
 * Fixtures for the local proxy's tests: an upstream server whose routes misbehave on demand, and a
 * raw HTTP client that sets Host, Origin and Sec-Fetch-Site freely (fetch cannot set Host).
 */
import { createServer, request } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { drained } from '../node-adapter';

export interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A latch a test releases to let the upstream finish a stream. */
export function latch(): { wait: Promise<void>; release: () => void } {
  let release = () => {};
  const wait = new Promise<void>((resolve) => (release = resolve));
  return { wait, release };
}

export interface Upstream {
  origin: string;
  received: Received[];
  /** Released by the test to let `/v1/responses` finish its stream. */
  gate: { wait: Promise<void>; release: () => void };
  /** Bytes `/v1/flood` managed to hand to its socket so far. */
  flooded: () => number;
  /** Resolves when a client of `/v1/hold` went away. */
  holdClosed: Promise<void>;
  close(): Promise<void>;
}

/** Starts the upstream. Routes (any prefix): see the switch below. */
export async function startUpstream(): Promise<Upstream> {
  const received: Received[] = [];
  let gate = latch();
  let flooded = 0;
  let holdClosed = () => {};
  const held = new Promise<void>((resolve) => (holdClosed = resolve));
  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void | Promise<void>> = {
    responses: async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'x-request-id': 'req_stream' });
      res.write('event: response.created\ndata: {"type":"response.created"}\n\n');
      await gate.wait;
      res.end('event: response.completed\ndata: {"type":"response.completed"}\n\n');
    },
    echo: (req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'set-cookie': 'session=upstream',
        'access-control-allow-origin': '*',
      });
      res.end(JSON.stringify({ headers: req.headers, url: req.url }));
    },
    ratelimit: (_req, res) => {
      res.writeHead(429, {
        'content-type': 'application/json',
        'x-request-id': 'req_429',
        'retry-after': '7',
      });
      res.end(
        '{"error":{"message":"Rate limit reached for gpt-4.1 (request id: abc)","type":"requests","param":null,"code":"rate_limit_exceeded"}}',
      );
    },
    unauthorized: (_req, res) => {
      res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Basic realm="relay"' });
      res.end(
        '{"error":{"message":"Incorrect API key provided","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}',
      );
    },
    html: (_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html><title>502 Bad Gateway</title><script>alert(1)</script></html>');
    },
    redirect: (_req, res) => {
      res.writeHead(302, { location: 'https://elsewhere.example/v1/responses' });
      res.end();
    },
    hang: () => {},
    stall: (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(': first\n\n');
    },
    hold: (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(': holding\n\n');
      res.once('close', () => holdClosed());
    },
    flood: async (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      const chunk = Buffer.alloc(64 * 1024, 120);
      for (let i = 0; i < 1024 && !res.destroyed; i++) {
        flooded += chunk.length;
        // drained() takes its listeners off again: one `once` pair per wait would pile up on `res`.
        if (!res.write(chunk)) await drained(res);
      }
      res.end();
    },
  };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const name = (req.url ?? '').split('?')[0]?.split('/').pop() ?? '';
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          'access-control-allow-origin': '*',
          'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '',
          vary: 'Origin',
        });
        return void res.end();
      }
      const route = routes[name];
      if (!route) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('404 page not found');
      void Promise.resolve(route(req, res)).catch(() => res.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    get gate() {
      return gate;
    },
    set gate(value) {
      gate = value;
    },
    flooded: () => flooded,
    holdClosed: held,
    close: () =>
      new Promise<void>((resolve) => {
        gate.release();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RawRequest {
  port: number;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** Sends a request exactly as given (no path normalisation, any Host) and opens the answer. */
export function rawRequest(opts: RawRequest): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: opts.port,
        method: opts.method ?? 'GET',
        path: opts.path,
        headers: opts.headers,
      },
      resolve,
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** `rawRequest` and read the whole answer. */
export async function rawCall(opts: RawRequest): Promise<RawAnswer> {
  const res = await rawRequest(opts);
  let body = '';
  res.setEncoding('utf8');
  for await (const chunk of res) body += chunk as string;
  return { status: res.statusCode ?? 0, headers: res.headers, body };
}
