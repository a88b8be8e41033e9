import { demoBaseUrl, SERVER_PROBE_HEADER } from '../../core/hosting';

/**
 * True when the server that serves the page also answers the demo backend (`npm start`, Vite's dev
 * and preview servers). A static host answers 404, or index.html for every path; neither is the
 * model list. The probe header makes an in-browser demo left over from an earlier visit step aside,
 * so the real server is asked.
 *
 * @param fetchImpl the page's own fetch (not the demo gate, which waits for this answer)
 */
export async function serverHasDemo(fetchImpl: typeof fetch, appDir: string): Promise<boolean> {
  try {
    const response = await fetchImpl(`${demoBaseUrl(appDir)}/models`, {
      headers: { [SERVER_PROBE_HEADER]: '1' },
      cache: 'no-store',
      credentials: 'same-origin',
    });
    if (!response.ok || !/json/i.test(response.headers.get('content-type') ?? '')) return false;
    const body = (await response.json()) as { object?: unknown; data?: unknown };
    return body.object === 'list' && Array.isArray(body.data);
  } catch {
    return false;
  }
}
