/**
 * Why the local proxy could not get an answer from the upstream. The proxy (server/proxy-failure.ts)
 * sends one of these codes in its own JSON error body and in the `x-proxy-error` header, so the page
 * can say what happened — a refused port, a mistyped host, a certificate, a slow server — instead of
 * "the server answered with an error": no server answered.
 */

/** Failures of the connection to the upstream, as the proxy names them. */
export const PROXY_FAILURE_CODES = [
  'proxy_connect_refused',
  'proxy_dns',
  'proxy_tls',
  'proxy_timeout',
  'proxy_connection_reset',
  'proxy_unreachable',
] as const;

export type ProxyFailureCode = (typeof PROXY_FAILURE_CODES)[number];

/** True for a code of {@link PROXY_FAILURE_CODES}. */
export function isProxyFailureCode(code: unknown): code is ProxyFailureCode {
  return typeof code === 'string' && (PROXY_FAILURE_CODES as readonly string[]).includes(code);
}

/** Response header set on errors the proxy itself produced (not the upstream's); its value is the code. */
export const PROXY_ERROR_HEADER = 'x-proxy-error';
