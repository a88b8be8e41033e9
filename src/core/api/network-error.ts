import type { RunError } from '../response/types';

const CORS_HINT =
  'Check the base URL and that the server is running. Many relays send no CORS headers, and then the browser blocks every request from this page';

/**
 * The error for a rejected fetch. The browser gives no detail (`TypeError: Failed to fetch`) for DNS
 * failures, refused connections, CORS rejections and mixed content alike, so name the likely causes.
 *
 * @param proxyAvailable the page can send through the local proxy (it is served by `npm start`):
 *   then that is the way out of a CORS refusal; elsewhere (a static host) there are two, an
 *   endpoint that sends CORS headers or the playground run locally
 */
export function networkError(url: string, cause: unknown, proxyAvailable = false): RunError {
  const origin = originOf(url);
  const error: RunError = {
    kind: 'network',
    message: `Could not reach ${origin}. The server may be offline, the URL may be wrong, or the browser blocked the request (CORS).`,
    hint: proxyAvailable
      ? `${CORS_HINT}: tick "Use local proxy", so requests go through the playground’s own server on this machine.`
      : `${CORS_HINT}. Two ways out: use an endpoint that sends CORS headers for this page, or run the playground on your computer with \`npm start\`, whose local proxy ("Use local proxy") sends the requests instead of the browser.`,
    raw: describe(cause),
  };
  if (isMixedContent(url)) {
    error.message = `The browser blocked the request to ${origin}: this page is served over https and cannot call an http:// URL (mixed content).`;
    error.hint = 'Use an https:// base URL, or open the playground over http (e.g. the local dev server).';
  }
  return error;
}

/** The error for a request that could not be built (bad base URL, header fetch would reject). */
export function setupError(message: string): RunError {
  return { kind: 'network', message, hint: 'Fix the connection settings and send again.' };
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
