/**
 * Serving the built app from dist/ with sirv: precompressed `.br`/`.gz` twins (written at build
 * time by server/precompress.ts) by Accept-Encoding, long immutable caching for hashed assets,
 * ETags, SPA fallback to index.html, security headers, and no way out of dist/ (sirv serves only
 * the files it listed at start).
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import sirv from 'sirv';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Only this origin for code, styles, fonts and workers. Monaco sets inline styles, hence
 * 'unsafe-inline' for styles; connect-src is open because users point the app at any base URL.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  'connect-src * data: blob:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const TEXT = { 'content-type': 'text/plain; charset=utf-8' };

/** Paths that look like files (`/x.js`) get a 404 when missing; anything else is an app route. */
const looksLikeFile = (pathname: string) => /\.\w+$/.test(pathname);

/** A Node listener serving `distDir` (listed once at start: build before serving). */
export function createStaticHandler(distDir: string) {
  // Not built (yet): every app route says so instead of the server failing to start.
  const serve: ReturnType<typeof sirv> = !existsSync(distDir)
    ? (_req, _res, next) => next?.()
    : sirv(distDir, {
        dev: false,
        etag: true,
        brotli: true,
        gzip: true,
        single: true,
        setHeaders: (res, pathname) => {
          const html = !looksLikeFile(pathname) || pathname.endsWith('.html');
          const ext = html ? '.html' : extname(pathname).toLowerCase();
          res.setHeader('content-type', MIME[ext] ?? 'application/octet-stream');
          // Hashed names change with their content: cache them for good; revalidate the rest.
          const hashed = pathname.startsWith('/assets/');
          res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
          if (html) res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
        },
      });
  return (req: IncomingMessage, res: ServerResponse): Promise<void> =>
    new Promise((resolve) => {
      res.once('close', resolve);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD', ...TEXT }).end('Method Not Allowed');
        return;
      }
      serve(req, res, () => {
        const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
        if (looksLikeFile(pathname)) res.writeHead(404, TEXT).end('Not Found');
        else res.writeHead(503, TEXT).end('The app is not built yet: run `npm run build`.');
      });
    });
}
