/**
 * Which headers cross the local proxy. Upstream gets what the page meant for the API (key, content
 * type, the user's extra headers) and nothing about the browser or this server. The page gets the
 * upstream's answer minus hop-by-hop and cookie headers; upstream CORS headers come back renamed
 * so the doctor can still read them.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { UPSTREAM_CORS_PREFIX } from '../src/core/endpoints/proxy-route';

const HOP_BY_HOP = [
  'connection',
  'keep-alive',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
];
const NOT_FORWARDED = new Set([
  ...HOP_BY_HOP,
  'host',
  'origin',
  'referer',
  'cookie',
  'proxy-authorization',
  'accept-encoding',
  'content-length',
  'expect',
  'priority',
  'dnt',
  'forwarded',
  'via',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-real-ip',
]);
const NOT_RETURNED = new Set([
  ...HOP_BY_HOP,
  'proxy-authenticate',
  // A 401 with `WWW-Authenticate: Basic` would make the browser pop up a password prompt for our origin.
  'www-authenticate',
  // fetch already decoded the body, and the length may change with it.
  'content-encoding',
  'content-length',
  'set-cookie',
  'set-cookie2',
  'strict-transport-security',
  'alt-svc',
  'clear-site-data',
  'content-security-policy',
  'content-security-policy-report-only',
  'report-to',
  'reporting-endpoints',
  'nel',
  'refresh',
  'link',
]);

/** The answer's body is the upstream's bytes served from our origin: never let them run as a page. */
export const PROXY_RESPONSE_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "sandbox; default-src 'none'",
  'referrer-policy': 'no-referrer',
  'x-accel-buffering': 'no',
};

/** The request headers to send upstream. */
export function forwardRequestHeaders(incoming: IncomingHttpHeaders): Headers {
  const listed = new Set(
    String(incoming.connection ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase()),
  );
  const out = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined || NOT_FORWARDED.has(name) || listed.has(name)) continue;
    if (name.startsWith('sec-') || name.startsWith('x-proxy-')) continue;
    out.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  // An identity body streams as it is produced; a compressed SSE stream may sit in buffers.
  out.set('accept-encoding', 'identity');
  return out;
}

/** The response headers to give the page. */
export function returnResponseHeaders(upstream: Headers): Record<string, string> {
  const listed = new Set((upstream.get('connection') ?? '').split(',').map((h) => h.trim().toLowerCase()));
  const out: Record<string, string> = {};
  for (const [name, value] of upstream) {
    if (NOT_RETURNED.has(name) || listed.has(name)) continue;
    if (name.startsWith('access-control-')) out[`${UPSTREAM_CORS_PREFIX}${name}`] = value;
    else out[name] = value;
  }
  if (!('cache-control' in out)) out['cache-control'] = 'no-store';
  return { ...out, ...PROXY_RESPONSE_HEADERS };
}
