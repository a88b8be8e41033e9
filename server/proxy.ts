/**
 * The local proxy of the `npm start` server (UI contract: "Use local proxy"), mounted at `/proxy/`.
 * The page sends `/proxy/v1/<path>` with the real base URL in `x-proxy-target`; the answer streams
 * back chunk by chunk with backpressure. Only the app's own page on this machine may use it
 * (proxy-guard.ts), only `/v1/…` paths of the named base URL are reachable, nothing is logged but
 * failures (the target's origin only: never paths, headers, keys, query strings or bodies), and
 * nothing is kept. Streams, open requests and bodies are bounded.
 * `GET /proxy/health` tells the page the proxy is there.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  PROXY_HEALTH_PATH,
  PROXY_NAME,
  PROXY_PREFLIGHT_HEADER,
  PROXY_TARGET_HEADER,
  upstreamUrl,
} from '../src/core/endpoints/proxy-route';
import { checkSource } from './proxy-guard';
import { forwardRequestHeaders, PROXY_RESPONSE_HEADERS } from './proxy-headers';
import { forwardPreflight } from './proxy-preflight';
import { readRequestBody, refuse, relayResponse, TooLarge } from './proxy-stream';

export const PROXY_PREFIX = '/proxy/';

export type ProxyListener = (req: IncomingMessage, res: ServerResponse) => void;

export interface ProxyOptions {
  /** Upstream fetch; default the global one. */
  fetch?: typeof fetch;
  /** Wait at most this long for the upstream's response headers. Default 300 s (a long reasoning
   * run answers a plain POST only when it is done). */
  headersTimeoutMs?: number;
  /** Cut a response whose upstream sent nothing for this long. Default 300 s. */
  idleTimeoutMs?: number;
  /** Cut an answer still streaming after this long, however lively. Default 30 min. */
  maxStreamMs?: number;
  /** Requests forwarded at once; more get 503. Default 32. */
  maxConnections?: number;
  /** Largest request body forwarded. Default 32 MiB (requests may carry images). */
  maxBodyBytes?: number;
  /** Host names (besides localhost and loopback addresses) the app may be opened under. */
  allowedHosts?: string[];
  /** Failure log; gets one line per failure, never headers or bodies. Default console.warn. */
  log?: (line: string) => void;
}

const API_PREFIX = '/proxy/v1/';
const SEGMENT = /^[A-Za-z0-9\-._~!$&'()*+,;=:@%]+$/;
const METHODS = new Set(['GET', 'POST', 'DELETE']);

/** The `/proxy/` listener. */
export function createProxyListener(options: ProxyOptions = {}): ProxyListener {
  const settings = {
    fetch: options.fetch ?? globalThis.fetch,
    headersTimeoutMs: options.headersTimeoutMs ?? 300_000,
    idleTimeoutMs: options.idleTimeoutMs ?? 300_000,
    maxStreamMs: options.maxStreamMs ?? 30 * 60_000,
    maxBodyBytes: options.maxBodyBytes ?? 32 * 1024 * 1024,
    log: withSecretsRedacted(options.log ?? ((line: string) => console.warn(line))),
  };
  const allowedHosts = options.allowedHosts ?? [];
  const maxConnections = options.maxConnections ?? 32;
  let open = 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = req.url ?? '/';
    const queryAt = raw.indexOf('?');
    const path = queryAt < 0 ? raw : raw.slice(0, queryAt);
    const search = queryAt < 0 ? '' : raw.slice(queryAt);
    const method = (req.method ?? 'GET').toUpperCase();

    const source = checkSource(req, allowedHosts);
    if (!source.ok) return refuse(res, 403, source.message, 'forbidden');
    if (path === PROXY_HEALTH_PATH) {
      if (method !== 'GET') return refuse(res, 405, 'Use GET.', 'method_not_allowed');
      res.writeHead(200, {
        'content-type': 'application/json',
        'cache-control': 'no-store',
        ...PROXY_RESPONSE_HEADERS,
      });
      res.end(JSON.stringify({ proxy: PROXY_NAME, version: 1 }));
      return;
    }
    const apiPath = apiPathOf(path);
    if (!apiPath) return refuse(res, 404, 'The local proxy only forwards /v1/… API paths.', 'not_found');
    const target = req.headers[PROXY_TARGET_HEADER];
    if (typeof target !== 'string' || target === '')
      return refuse(
        res,
        400,
        `Name the base URL to forward to in the ${PROXY_TARGET_HEADER} header.`,
        'missing_target',
      );
    const upstream = upstreamUrl(target, apiPath, search);
    if (!upstream.ok) return refuse(res, 400, upstream.error, 'invalid_target');

    if (method === 'OPTIONS') {
      const names = req.headers[PROXY_PREFLIGHT_HEADER];
      if (typeof names !== 'string' || !/^[A-Za-z0-9!#$%&'*+.^_`|~, -]{0,1000}$/.test(names))
        return refuse(
          res,
          405,
          'The local proxy answers OPTIONS only as a preflight check for the endpoint doctor.',
          'method_not_allowed',
        );
      return forwardPreflight(res, upstream.value, source.origin, names, settings);
    }
    if (!METHODS.has(method))
      return refuse(res, 405, `The local proxy does not forward ${method}.`, 'method_not_allowed');
    if (open >= maxConnections) {
      res.setHeader('retry-after', '5');
      return refuse(res, 503, `The local proxy is already forwarding ${maxConnections} requests.`, 'busy');
    }
    open++;
    try {
      await forward(req, res, method, upstream.value);
    } finally {
      open--;
    }
  }

  async function forward(req: IncomingMessage, res: ServerResponse, method: string, url: string) {
    let body: BodyInit | undefined;
    if (method === 'POST') {
      try {
        body = await readRequestBody(req, settings.maxBodyBytes);
      } catch (error) {
        if (error instanceof TooLarge) {
          res.setHeader('connection', 'close');
          return refuse(
            res,
            413,
            `The request body is larger than ${settings.maxBodyBytes} bytes.`,
            'too_large',
          );
        }
        return; // the page went away while sending
      }
    }
    await relayResponse(
      req,
      res,
      { url, method, headers: forwardRequestHeaders(req.headers), body },
      settings,
    );
  }

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      settings.log(
        `proxy: ${req.method ?? 'GET'} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      if (!res.headersSent) refuse(res, 500, 'The local proxy failed.', 'proxy_error');
      else res.destroy();
    });
  };
}

/** `/proxy/v1/responses/x` → `/responses/x`; undefined for anything outside `/v1/` or with dot,
 * empty or encoded-slash segments (upstream must never see a path that climbs out of its API root). */
export function apiPathOf(path: string): string | undefined {
  if (!path.startsWith(API_PREFIX)) return undefined;
  const rest = path.slice(API_PREFIX.length - 1);
  const segments = rest.slice(1).split('/');
  for (const segment of segments) {
    if (!SEGMENT.test(segment)) return undefined;
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return undefined;
    }
    if (decoded === '.' || decoded === '..' || /[/\\\0]/.test(decoded)) return undefined;
  }
  return rest;
}

/**
 * Error texts from fetch can quote the header value they choke on (undici: `"Bearer sk-…" is an
 * invalid header value`), so every log line loses anything shaped like a credential first.
 */
export function withSecretsRedacted(log: (line: string) => void): (line: string) => void {
  return (line) =>
    log(
      line
        .replace(/\b(Bearer|Basic)\s+[^\s"',]+/gi, '$1 [redacted]')
        .replace(/\bsk-[\w-]{6,}/g, 'sk-[redacted]'),
    );
}
