/**
 * How the page talks to the local proxy of the `npm start` server. The page sends the usual API
 * request to `{app origin}/proxy/v1/…` and names the real base URL in the `x-proxy-target` header;
 * the server (server/proxy.ts) validates both and forwards to `endpointUrl(target, …)`.
 * Shared by the page and the server, so both join URLs the same way.
 */
import { endpointUrl } from '../api/endpoint-url';
import { routeEndpoint } from '../api/route';
import type { Endpoint } from '../api/types';
import { err, ok, type Result } from '../result';

export { normalizeTarget, PROXY_BASE_PATH, PROXY_TARGET_HEADER } from '../api/route';
export { PROXY_ERROR_HEADER } from '../api/proxy-failure';

export const PROXY_HEALTH_PATH = '/proxy/health';
/** On an OPTIONS request: ask the proxy to run a CORS preflight against the target, as seen from
 * this page's origin, for these request headers (comma-separated). */
export const PROXY_PREFLIGHT_HEADER = 'x-proxy-preflight-headers';
/** Upstream `access-control-*` response headers come back renamed with this prefix, so the
 * doctor can see whether the real answer would have passed CORS. */
export const UPSTREAM_CORS_PREFIX = 'x-upstream-';
export const PROXY_NAME = 'responses-playground-proxy';
const MAX_TARGET_LENGTH = 2048;

/** What `GET /proxy/health` answers. */
export interface ProxyHealth {
  proxy: typeof PROXY_NAME;
  version: 1;
}

/**
 * The endpoint to hand to the transport when the request should go through the local proxy: same key
 * and extra headers, the app's own `/proxy` as base URL, and the real base URL in `x-proxy-target`.
 * (The app itself sets `endpoint.proxy` and lets the transport route; see `routeEndpoint`.)
 *
 * @param endpoint the real endpoint (base URL as the user typed it)
 * @param appOrigin the page's origin, e.g. `http://127.0.0.1:5180`
 */
export function proxiedEndpoint(endpoint: Endpoint, appOrigin: string): Endpoint {
  return routeEndpoint({ ...endpoint, proxy: appOrigin });
}

/**
 * The upstream URL for a proxied request (used by the server): the target's API root joined with the
 * path after `/proxy/v1`, the target's own query kept and the request's query added.
 *
 * @param target the `x-proxy-target` header
 * @param apiPath the path after `/proxy/v1`, starting with `/` (e.g. `/responses`)
 * @param search the request's query string (`?a=b` or empty)
 */
export function upstreamUrl(target: string, apiPath: string, search = ''): Result<string> {
  if (target.length > MAX_TARGET_LENGTH) return err('The target base URL is too long.');
  let parsed: URL;
  try {
    parsed = new URL(target);
  } catch {
    return err('The target base URL is not a valid URL.');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return err('The target base URL must use http:// or https://.');
  if (parsed.username || parsed.password) return err('The target base URL must not hold credentials.');
  const joined = endpointUrl(target, apiPath);
  if (!joined.ok) return joined;
  const url = new URL(joined.value);
  for (const [name, value] of new URLSearchParams(search)) url.searchParams.append(name, value);
  return ok(url.href);
}

/** True when a `GET /proxy/health` body comes from our proxy (a dev server answers with index.html). */
export function isProxyHealth(body: unknown): body is ProxyHealth {
  return (
    typeof body === 'object' &&
    body !== null &&
    (body as Partial<ProxyHealth>).proxy === PROXY_NAME &&
    (body as Partial<ProxyHealth>).version === 1
  );
}
