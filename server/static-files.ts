/**
 * Serving the built app from dist/: MIME types, long caching for hashed assets, SPA fallback to
 * index.html, security headers, and no way out of dist/.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';

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

async function fileAt(path: string) {
  try {
    const info = await stat(path);
    return info.isFile() ? info : undefined;
  } catch {
    return undefined;
  }
}

/** A Node listener serving `distDir`. */
export function createStaticHandler(distDir: string) {
  const root = normalize(distDir);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res
        .writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' })
        .end('Method Not Allowed');
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad Request');
      return;
    }
    const target = normalize(join(root, pathname));
    if (pathname.includes('\0') || (target !== root && !target.startsWith(root + sep))) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('Forbidden');
      return;
    }
    let file = target;
    let info = await fileAt(file);
    if (!info) {
      const index = join(target, 'index.html');
      const indexInfo = await fileAt(index);
      if (indexInfo) [file, info] = [index, indexInfo];
    }
    const ext = extname(pathname);
    if (!info && !pathname.startsWith('/assets/') && (ext === '' || ext === '.html')) {
      // Client-side routes: any extension-less path gets the app.
      file = join(root, 'index.html');
      info = await fileAt(file);
    }
    if (!info && file === join(root, 'index.html')) {
      res
        .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
        .end('The app is not built yet: run `npm run build`.');
      return;
    }
    if (!info) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not Found');
      return;
    }
    const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const hashed = file.startsWith(join(root, 'assets') + sep);
    const headers: Record<string, string | number> = {
      'content-type': type,
      'content-length': info.size,
      'last-modified': info.mtime.toUTCString(),
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (type.startsWith('text/html')) headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
    const since = req.headers['if-modified-since'];
    if (!hashed && since && Date.parse(since) >= Math.floor(info.mtimeMs / 1000) * 1000) {
      res.writeHead(304, { 'cache-control': headers['cache-control'] as string }).end();
      return;
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    await pipeline(createReadStream(file), res).catch(() => res.destroy());
  };
}
