/** The doctor's preflight check through the local proxy (the page cannot send one itself). */
import type { ServerResponse } from 'node:http';
import { PROXY_RESPONSE_HEADERS } from './proxy-headers';
import { refuseUnreached, type StreamSettings } from './proxy-stream';

/**
 * Runs a CORS preflight against the upstream as the page's browser would (the page cannot set
 * `Origin` or `Access-Control-Request-*` itself) and answers `{status, headers}` with the
 * upstream's `access-control-*` and `vary` headers.
 */
export async function forwardPreflight(
  res: ServerResponse,
  url: string,
  origin: string,
  headerNames: string,
  settings: StreamSettings,
): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), Math.min(settings.headersTimeoutMs, 30_000));
  const where = new URL(url).origin;
  try {
    const names = headerNames.trim();
    const answer = await settings.fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        ...(names ? { 'access-control-request-headers': names } : {}),
      },
      redirect: 'manual',
      signal: controller.signal,
    });
    await answer.body?.cancel();
    const headers: Record<string, string> = {};
    for (const [name, value] of answer.headers)
      if (name.startsWith('access-control-') || name === 'vary') headers[name] = value;
    res.writeHead(200, {
      'content-type': 'application/json',
      'cache-control': 'no-store',
      ...PROXY_RESPONSE_HEADERS,
    });
    res.end(JSON.stringify({ status: answer.status, headers }));
  } catch (error) {
    const timedOut = controller.signal.aborted ? Math.min(settings.headersTimeoutMs, 30_000) : undefined;
    refuseUnreached(res, error, where, timedOut);
  } finally {
    clearTimeout(timer);
  }
}
