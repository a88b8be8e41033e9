import type { RunError } from '../response/types';

const CORS_HINT =
  'Check the base URL and that the server is running. Many relays send no CORS headers, and then the browser blocks every request from this page';
const PROXY_WAY_OUT =
  ': tick "Use local proxy", so requests go through the playground’s own server on this machine.';
const STATIC_WAY_OUT =
  '. Two ways out: use an endpoint that sends CORS headers for this page, or run the playground on your computer with `npm start`, whose local proxy ("Use local proxy") sends the requests instead of the browser.';

/** What a second look (see {@link diagnoseNetworkError}) learnt about a rejected fetch. */
export type NetworkDiagnosis = 'cors' | 'unreachable' | 'offline';

/**
 * The error for a rejected fetch. The browser gives no detail (`TypeError: Failed to fetch`) for DNS
 * failures, refused connections, CORS rejections and mixed content alike, so name the likely causes,
 * or the one a diagnosis found.
 *
 * @param proxyAvailable the page can send through the local proxy (it is served by `npm start`):
 *   then that is the way out of a CORS refusal; elsewhere (a static host) there are two, an
 *   endpoint that sends CORS headers or the playground run locally
 * @param diagnosis what {@link diagnoseNetworkError} found, when it ran
 */
export function networkError(
  url: string,
  cause: unknown,
  proxyAvailable = false,
  diagnosis?: NetworkDiagnosis,
): RunError {
  const origin = originOf(url);
  const params = { origin };
  const error: RunError = {
    kind: 'network',
    message: `Could not reach ${origin}. The server may be offline, the URL may be wrong, or the browser blocked the request (CORS).`,
    text: { id: 'unreachable', params },
    hint: CORS_HINT + (proxyAvailable ? PROXY_WAY_OUT : STATIC_WAY_OUT),
    hintText: { id: proxyAvailable ? 'hintCorsProxy' : 'hintCorsStatic' },
    raw: describe(cause),
  };
  if (diagnosis === 'cors') {
    error.message = `${origin} is reachable, but the browser blocked the answer: the server sends no CORS headers for this page.`;
    error.text = { id: 'corsBlocked', params };
    error.hint = proxyAvailable
      ? 'Tick "Use local proxy", so requests go through the playground’s own server on this machine.'
      : 'Use an endpoint that sends CORS headers for this page, or run the playground on your computer with `npm start`, whose local proxy ("Use local proxy") sends the requests instead of the browser.';
    error.hintText = { id: proxyAvailable ? 'hintCorsBlockedProxy' : 'hintCorsBlockedStatic' };
  } else if (diagnosis === 'unreachable') {
    error.message = `No server answered at ${origin}: the host may be misspelt, the server offline or the port closed.`;
    error.text = { id: 'noServer', params };
    error.hint = 'Check the host and port in the base URL, and that the server is running.';
    error.hintText = { id: 'hintNoServer' };
  } else if (diagnosis === 'offline') {
    error.message = 'This browser is offline.';
    error.text = { id: 'offline' };
    error.hint = 'Reconnect to the network and send again.';
    error.hintText = { id: 'hintOffline' };
  }
  if (isMixedContent(url)) {
    error.message = `The browser blocked the request to ${origin}: this page is served over https and cannot call an http:// URL (mixed content).`;
    error.text = { id: 'mixedContent', params };
    error.hint = 'Use an https:// base URL, or open the playground over http (e.g. the local dev server).';
    error.hintText = { id: 'hintMixedContent' };
  }
  return error;
}

/**
 * Looks again at a rejected fetch, as far as a browser lets us: offline is known; otherwise a
 * `no-cors` GET of the same URL (no key, no body; CORS does not apply to it) resolves when a server
 * answered — so the first failure was CORS — and rejects when none did (DNS, refused, TLS).
 * Undefined when the look is inconclusive (a mixed-content URL, the look aborted).
 */
export async function diagnoseNetworkError(
  url: string,
  fetchImpl: typeof fetch,
  signal?: AbortSignal,
): Promise<NetworkDiagnosis | undefined> {
  const nav = (globalThis as { navigator?: { onLine?: boolean } }).navigator;
  if (nav?.onLine === false) return 'offline';
  if (isMixedContent(url)) return undefined;
  try {
    await fetchImpl(url, {
      method: 'GET',
      mode: 'no-cors',
      credentials: 'omit',
      ...(signal ? { signal } : {}),
    });
    return 'cors';
  } catch {
    return signal?.aborted ? undefined : 'unreachable';
  }
}

/** The error for a request that could not be built (bad base URL, header fetch would reject). */
export function setupError(message: string): RunError {
  return {
    kind: 'network',
    message,
    hint: 'Fix the connection settings and send again.',
    hintText: { id: 'hintSetup' },
  };
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

function isMixedContent(url: string): boolean {
  const page = (globalThis as { location?: { protocol?: string } }).location;
  if (page?.protocol !== 'https:' || !url.startsWith('http:')) return false;
  // Browsers treat loopback as potentially trustworthy, so http://localhost works from https pages.
  const host = new URL(url).hostname;
  return host !== 'localhost' && host !== '127.0.0.1' && host !== '[::1]' && !host.endsWith('.localhost');
}

function describe(cause: unknown): string {
  if (cause instanceof Error) return `${cause.name}: ${cause.message}`;
  return String(cause);
}
