import type { Endpoint } from './types';

/** Where the `npm start` server mounts its local proxy (server/proxy.ts). */
export const PROXY_BASE_PATH = '/proxy';
/** Request header naming the real base URL for the local proxy. A custom header also keeps other
 * sites out: a cross-origin page cannot send it without a CORS preflight the proxy never approves. */
export const PROXY_TARGET_HEADER = 'x-proxy-target';

/**
 * The base URL as the proxy header carries it: parsed and re-serialised, so an internationalised
 * host becomes punycode and stray spaces are encoded (header values must be Latin-1). The hash is
 * dropped (it never reaches a server).
 */
export function normalizeTarget(baseUrl: string): string {
  const trimmed = baseUrl.trim();
  try {
    const url = new URL(trimmed);
    url.hash = '';
    return url.href;
  } catch {
    return trimmed;
  }
}

/**
 * Where a request for `endpoint` really goes. Without `endpoint.proxy` that is the endpoint itself;
 * with it, the app's own `{proxy}/proxy` with the real base URL in `x-proxy-target` (user headers
 * named `x-proxy-*` dropped), same key. Callers keep `endpoint.baseUrl` as the real base URL for
 * everything else (history, key scope, display).
 *
 * @param endpoint the endpoint as the app holds it
 */
export function routeEndpoint(endpoint: Endpoint): Endpoint {
  if (!endpoint.proxy) return endpoint;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(endpoint.headers ?? {})) {
    if (!/^x-proxy-/i.test(name.trim())) headers[name] = value;
  }
  headers[PROXY_TARGET_HEADER] = normalizeTarget(endpoint.baseUrl);
  const routed: Endpoint = { baseUrl: `${endpoint.proxy.replace(/\/+$/, '')}${PROXY_BASE_PATH}`, headers };
  if (endpoint.apiKey !== undefined) routed.apiKey = endpoint.apiKey;
  return routed;
}
