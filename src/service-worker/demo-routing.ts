/**
 * What the in-browser demo answers, and how: only requests to `{scope}demo/…` (the Service Worker's
 * scope is the app's directory); everything else, and the start-up probe that asks whether a real
 * server is there, goes to the network untouched.
 */
import { DEMO_DIR, isDemoUrl, SERVER_PROBE_HEADER } from '../core/hosting/app-location';

/** The demo handler's `basePath` for a worker scope: `https://h/some/path/` → `/some/path/demo`. */
export function demoBasePath(scope: string): string {
  return `${new URL(scope).pathname}${DEMO_DIR}`.replace(/\/+$/, '');
}

/** True when the worker answers this request from the demo handler. */
export function answersRequest(request: { url: string; headers: Headers }, scope: string): boolean {
  return isDemoUrl(request.url, scope) && !request.headers.has(SERVER_PROBE_HEADER);
}

/**
 * The same response with a body that calls `onEnd` once it has been read to the end, failed, or
 * been cancelled by the page (so the worker can save the finished response and stay alive until
 * then). The body stays pull-based: nothing is read ahead of the page.
 */
export function whenBodyEnds(response: Response, onEnd: () => void): Response {
  if (!response.body) {
    onEnd();
    return response;
  }
  const reader = response.body.getReader();
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    onEnd();
  };
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { done, value } = await reader.read();
          if (done) {
            controller.close();
            end();
          } else controller.enqueue(value);
        } catch (error) {
          controller.error(error);
          end();
        }
      },
      async cancel(reason) {
        try {
          await reader.cancel(reason);
        } finally {
          end();
        }
      },
    },
    { highWaterMark: 0 },
  );
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
