/**
 * Mounts the demo backend into Vite's dev server and `vite preview`, so `/demo/v1/responses` works on
 * the same origin there as under `npm start`, with the same guard (demo-mount.ts): this machine and
 * the app's own page only.
 */
import type { Plugin } from 'vite';
import { createDemoMount, type DemoMountOptions } from './demo-mount';
import type { IncomingMessage, ServerResponse } from 'node:http';

type Next = (error?: unknown) => void;

export function demoBackendPlugin(options: DemoMountOptions = {}): Plugin {
  const basePath = (options.basePath ?? '/demo').replace(/\/+$/, '');
  const listener = createDemoMount({ ...options, basePath });
  const middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === basePath || path.startsWith(`${basePath}/`)) listener(req, res);
    else next();
  };
  return {
    name: 'responses-playground:demo-backend',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}
