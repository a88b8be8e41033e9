/**
 * Naming why a forwarded request got no answer. Node's fetch (undici) rejects with `fetch failed`
 * and the system error in `cause` (sometimes an AggregateError, one per address tried); its code
 * tells a refused port from a host that does not resolve, a certificate problem or a timeout. The
 * page words each one (src/core/api/proxy-failure.ts holds the codes both sides share).
 */
import type { ProxyFailureCode } from '../src/core/api/proxy-failure';

export interface ProxyFailure {
  /** 504 for timeouts, 502 otherwise: the proxy is the gateway, and the upstream did not answer. */
  status: 502 | 504;
  code: ProxyFailureCode;
  /** English, for logs and for clients other than the page; the page translates by code. */
  message: string;
}

const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA']);
const TIMEOUT = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'ETIMEDOUT']);
const RESET = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'ECONNABORTED']);
/** OpenSSL and Node certificate codes; `ERR_SSL_WRONG_VERSION_NUMBER` is https:// to a plain http port. */
const TLS =
  /^(ERR_TLS_|ERR_SSL_|CERT_|DEPTH_ZERO_|SELF_SIGNED_|UNABLE_TO_(GET|VERIFY)_|HOSTNAME_MISMATCH|EPROTO$)/;

/** The system error codes inside a fetch rejection (its cause, or each of an AggregateError's). */
export function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || typeof value !== 'object' || value === null) return;
    const { code, cause, errors } = value as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === 'string') codes.push(code);
    visit(cause, depth + 1);
    if (Array.isArray(errors)) for (const inner of errors) visit(inner, depth + 1);
  };
  visit(error, 0);
  return codes;
}

/**
 * What went wrong between the proxy and the upstream.
 *
 * @param error the fetch rejection
 * @param where the upstream's origin (never its path or query: they can carry a key)
 * @param timedOutAfterMs set when our own timer aborted the request, with its length
 */
export function classifyUpstreamFailure(
  error: unknown,
  where: string,
  timedOutAfterMs?: number,
): ProxyFailure {
  const codes = errorCodes(error);
  const host = hostOf(where);
  if (timedOutAfterMs !== undefined || codes.some((code) => TIMEOUT.has(code))) {
    const within = timedOutAfterMs === undefined ? '' : ` within ${Math.round(timedOutAfterMs / 1000)} s`;
    return {
      status: 504,
      code: 'proxy_timeout',
      message: `${where} sent no answer${within}: the server is slow or unreachable.`,
    };
  }
  if (codes.includes('ECONNREFUSED'))
    return {
      status: 502,
      code: 'proxy_connect_refused',
      message: `Connection refused by ${where}: nothing is listening on that host and port.`,
    };
  if (codes.some((code) => DNS.has(code)))
    return { status: 502, code: 'proxy_dns', message: `The host ${host} could not be found (DNS).` };
  if (codes.some((code) => TLS.test(code)))
    return {
      status: 502,
      code: 'proxy_tls',
      message: `The TLS connection to ${where} failed (${codes.find((code) => TLS.test(code))}).`,
    };
  if (codes.some((code) => RESET.has(code)))
    return {
      status: 502,
      code: 'proxy_connection_reset',
      message: `${where} closed the connection before answering.`,
    };
  return { status: 502, code: 'proxy_unreachable', message: `The local proxy could not reach ${where}.` };
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}
