/**
 * Requests to the demo backend wait until the page knows who answers them. On the very first visit
 * to a static host the in-browser demo (a Service Worker) is not controlling the page yet; a request
 * sent before it does would reach the static host (404/405). So, for `{app dir}demo/…` only, `fetch`
 * waits for start-up to finish, then goes out as usual (to the server or through the worker), or,
 * when the demo cannot run here, gets an OpenAI-shaped error that says why and what to do.
 * Every other URL goes straight through, untouched.
 */
import { isDemoUrl } from '../../core/hosting/app-location';

/** Who answers the demo, once known. */
export type DemoMode = { kind: 'server' } | { kind: 'browser' } | { kind: 'unavailable'; message: string };

interface FetchHolder {
  fetch: typeof fetch;
}

/**
 * Puts the gate in front of `target.fetch` (the window). Under a real server it takes itself away
 * again once that is known.
 *
 * @param appDir the app's directory; only `{appDir}demo/…` is gated
 * @param mode settles when start-up knows who answers the demo
 * @returns a function that removes the gate
 */
export function installDemoGate(
  appDir: string,
  mode: Promise<DemoMode>,
  target: FetchHolder = globalThis,
): () => void {
  const original = target.fetch;
  const gated: typeof fetch = (input, init) => {
    const href = input instanceof Request ? input.url : input instanceof URL ? input.href : String(input);
    let url: string;
    try {
      url = new URL(href, appDir).href;
    } catch {
      return original(input, init);
    }
    if (!isDemoUrl(url, appDir)) return original(input, init);
    return mode.then((known) =>
      known.kind === 'unavailable' ? unavailable(known.message) : original(input, init),
    );
  };
  const remove = () => {
    if (target.fetch === gated) target.fetch = original;
  };
  target.fetch = gated;
  void mode.then((known) => {
    if (known.kind === 'server') remove();
  });
  return remove;
}

function unavailable(message: string): Response {
  const error = { message, type: 'demo_unavailable', param: null, code: 'service_worker_unavailable' };
  return new Response(JSON.stringify({ error }), {
    status: 503,
    statusText: 'Service Unavailable',
    headers: { 'content-type': 'application/json' },
  });
}
