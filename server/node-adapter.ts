/**
 * Node http ⇄ Web-standard fetch objects, so one `(Request) => Response` handler serves the
 * `npm start` server, Vite's dev/preview servers and the tests alike.
 * Streams in both directions without buffering: every chunk of the Response body is written as it
 * arrives (headers flushed first, Nagle off), with backpressure, and a client that disconnects
 * aborts the Request's signal and cancels the body.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

export type FetchHandler = (request: Request) => Promise<Response> | Response;
export type NodeListener = (req: IncomingMessage, res: ServerResponse) => void;

/** Builds a Request for `req`. Its signal aborts when the client goes away before we answered. */
export function toRequest(req: IncomingMessage, res: ServerResponse): Request {
  const host = req.headers.host ?? 'localhost';
  // Connect (Vite) rewrites req.url for mounted middleware; originalUrl keeps the real path.
  const path = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
  const url = new URL(path, `http://${host}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (name.startsWith(':') || value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort(new Error('client disconnected'));
  });
  const method = (req.method ?? 'GET').toUpperCase();
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal: controller.signal };
  if (hasBody) {
    init.body = Readable.toWeb(req) as ReadableStream<Uint8Array>;
    init.duplex = 'half';
  }
  return new Request(url, init);
}

/** Writes `response` to `res`, chunk by chunk as the body produces them. */
export async function sendResponse(res: ServerResponse, response: Response, method = 'GET'): Promise<void> {
  res.statusCode = response.status;
  if (response.statusText) res.statusMessage = response.statusText;
  for (const [name, value] of response.headers) {
    if (name !== 'set-cookie') res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  if (!response.body || method === 'HEAD') {
    await response.body?.cancel();
    res.end();
    return;
  }
  res.socket?.setNoDelay(true);
  res.flushHeaders();
  const reader = response.body.getReader();
  const onClose = () => {
    if (!res.writableFinished) reader.cancel().catch(() => {});
  };
  res.once('close', onClose);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (res.destroyed) return;
      if (!res.write(value)) await drained(res);
    }
    res.end();
  } catch (error) {
    // The body failed mid-way: cut the connection so the client sees a broken stream, not a clean end.
    res.destroy(error instanceof Error ? error : new Error(String(error)));
  } finally {
    res.off('close', onClose);
  }
}

/** Resolves when `res` can take more data again (or is gone): backpressure for streamed bodies. */
export function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** Adapts a fetch-style handler to a Node `request` listener. Handler crashes become a 500. */
export function toNodeListener(handler: FetchHandler): NodeListener {
  return (req, res) => {
    const run = async () => {
      let response: Response;
      try {
        response = await handler(toRequest(req, res));
      } catch (error) {
        console.error('handler failed:', error);
        response = new Response(
          JSON.stringify({
            error: { message: 'Internal server error', type: 'server_error', param: null, code: null },
          }),
          {
            status: 500,
            headers: { 'content-type': 'application/json' },
          },
        );
      }
      await sendResponse(res, response, req.method);
    };
    run().catch((error: unknown) => {
      console.error('response failed:', error);
      res.destroy();
    });
  };
}
