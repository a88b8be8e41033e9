/**
 * Three ways for the doctor to obtain a CORS preflight answer: a manual OPTIONS (Node, tests), the
 * local proxy (the page cannot set `Origin` or `Access-Control-Request-*` itself), and, with neither,
 * a real cross-origin request from the page.
 */
import { endpointUrl } from '../api/endpoint-url';
import { normalizeHttpError } from '../api/errors';
import { buildHeaders } from '../api/headers';
import type { PreflightAnswer, PreflightProbe } from './doctor-cors';
import { doctorSummary, said, type DoctorWords } from './doctor-messages';
import { PROXY_ERROR_HEADER, PROXY_PREFLIGHT_HEADER, proxiedEndpoint } from './proxy-route';

/** A preflight sent by hand (Node, tests): OPTIONS with `Origin` and `Access-Control-Request-*`. */
export function manualPreflight(fetchImpl: typeof fetch, origin: string): PreflightProbe {
  return async (endpoint, headerNames, signal) => {
    const url = endpointUrl(endpoint.baseUrl, '/responses');
    if (!url.ok) return { kind: 'unreachable', detail: url.error };
    try {
      const res = await fetchImpl(url.value, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          ...(headerNames.length ? { 'access-control-request-headers': headerNames.join(',') } : {}),
        },
        signal,
      });
      await res.body?.cancel();
      return { kind: 'answer', status: res.status, headers: Object.fromEntries(res.headers) };
    } catch (cause) {
      return unreachable(said('corsUnreachable', { cause: describe(cause) }));
    }
  };
}

/** The page asks the local proxy to run the preflight as the browser would, from `appOrigin`. */
export function proxyPreflight(fetchImpl: typeof fetch, appOrigin: string): PreflightProbe {
  return async (endpoint, headerNames, signal) => {
    const routed = proxiedEndpoint(endpoint, appOrigin);
    const url = endpointUrl(routed.baseUrl, '/responses');
    if (!url.ok) return { kind: 'unreachable', detail: url.error };
    try {
      const res = await fetchImpl(url.value, {
        method: 'OPTIONS',
        headers: { ...routed.headers, [PROXY_PREFLIGHT_HEADER]: headerNames.join(',') },
        signal,
      });
      const body = (await res.json().catch(() => undefined)) as
        { status?: unknown; headers?: unknown; error?: { message?: unknown } } | undefined;
      if (res.headers.has(PROXY_ERROR_HEADER) || typeof body?.status !== 'number') {
        const message = typeof body?.error?.message === 'string' ? body.error.message : `HTTP ${res.status}`;
        // The proxy names why it got no answer (a refused port, DNS …): our sentence, worded by the UI.
        const error = normalizeHttpError(res.status, JSON.stringify(body ?? {}), res.headers);
        if (error.text)
          return unreachable(said('verbatim', { text: { english: message, text: error.text } }));
        return { kind: 'unreachable', detail: message };
      }
      const headers = typeof body.headers === 'object' && body.headers !== null ? body.headers : {};
      return {
        kind: 'answer',
        status: body.status,
        headers: Object.fromEntries(
          Object.entries(headers).filter((e): e is [string, string] => typeof e[1] === 'string'),
        ),
      };
    } catch (cause) {
      return unreachable(said('corsProxySilent', { cause: describe(cause) }));
    }
  };
}

/**
 * From the page without a proxy: a real cross-origin `GET /v1/models` with the headers Send uses
 * makes the browser run the same preflight. fetch rejects alike for CORS and network failures, so a
 * `no-cors` request (which ignores CORS) tells them apart: it resolves when the server is reachable.
 */
export function browserPreflight(fetchImpl: typeof fetch): PreflightProbe {
  return async (endpoint, _headerNames, signal) => {
    const url = endpointUrl(endpoint.baseUrl, '/models');
    if (!url.ok) return { kind: 'unreachable', detail: url.error };
    try {
      const res = await fetchImpl(url.value, {
        method: 'GET',
        headers: buildHeaders(endpoint, 'POST'),
        credentials: 'omit',
        signal,
      });
      await res.body?.cancel();
      return { kind: 'passed' };
    } catch (cause) {
      if (signal.aborted) throw cause;
      try {
        await fetchImpl(url.value, { mode: 'no-cors', credentials: 'omit', signal });
      } catch {
        return unreachable(said('corsUnreachableOrigin', { origin: new URL(url.value).origin }));
      }
      const words = said('corsBrowserBlocked');
      return { kind: 'blocked', detail: doctorSummary(words), words };
    }
  };
}

function unreachable(words: DoctorWords): PreflightAnswer {
  return { kind: 'unreachable', detail: doctorSummary(words), words };
}

function describe(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause.cause as { code?: unknown } | undefined)?.code;
    return typeof code === 'string' ? `${cause.message} (${code})` : cause.message;
  }
  return String(cause);
}
