/**
 * The demo backend as our Node servers mount it (`npm start` and Vite's dev/preview servers): the
 * local proxy's rules decide who may call it (proxy-guard.ts: a loopback peer, a loopback Host on
 * our port, and the app's own Origin; tools on this machine that send no Origin are welcome, as the
 * exported snippets are), and only the app's own origin gets CORS access. Another site's page gets
 * 403 and no `Access-Control-Allow-Origin`. The handler's own limits (body size, deltas, duration)
 * are in server/demo/limits.ts, since it also runs where there is no server.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createDemoBackend, type DemoBackendOptions } from './demo';
import { DEMO_METHODS } from './demo/limits';
import { toNodeListener, type NodeListener } from './node-adapter';
import { checkSource } from './proxy-guard';

/** Methods fetch cannot even build a Request for; answered here, before the handler. */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

export interface DemoMountOptions extends DemoBackendOptions {
  /** Host names (besides localhost and loopback addresses) the app may be opened under. */
  allowedHosts?: string[];
}

function refuse(res: ServerResponse, status: number, message: string, code: string, extra = {}): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    ...extra,
  });
  res.end(JSON.stringify({ error: { message, type: 'invalid_request_error', param: null, code } }));
}

/** The demo backend behind the same-machine, same-origin guard. */
export function createDemoMount(options: DemoMountOptions = {}): NodeListener {
  const { allowedHosts = [], ...demoOptions } = options;
  const demo = createDemoBackend(demoOptions);
  return (req: IncomingMessage, res: ServerResponse) => {
    const source = checkSource(req, allowedHosts, { allowTools: true, service: 'The demo backend' });
    if (!source.ok) return refuse(res, 403, source.message, 'forbidden');
    const method = (req.method ?? 'GET').toUpperCase();
    if (FORBIDDEN_METHODS.has(method))
      return refuse(res, 405, `Method ${method} is not allowed.`, 'method_not_allowed', {
        allow: DEMO_METHODS,
      });
    const withOrigin = req.headers.origin !== undefined;
    toNodeListener(async (request) => {
      const response = await demo(request);
      // Only our own page reaches this point with an Origin: let it (and the doctor's probe) read.
      if (withOrigin) {
        response.headers.set('access-control-allow-origin', source.origin);
        response.headers.append('vary', 'Origin');
      }
      return response;
    })(req, res);
  };
}
