/**
 * A plain static file server, as GitHub Pages or any bucket serves a site: GET and HEAD of files
 * only, nothing else. No rewrites, no SPA fallback, no API, no CORS or security headers of ours.
 * It serves the built app (dist/) under sub-paths, so the browser tests see what a self-hoster gets.
 * Each mount is a list of directories looked up in order, so a mount can add its own
 * playground.json on top of dist/.
 * Run: `PORT=4319 npx tsx e2e/servers/static-server.ts` (Playwright's static-host project starts it).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DIST = join(ROOT, 'dist');
const DATA = join(ROOT, 'e2e', 'data', 'hosting');

/** Sub-path → directories (first hit wins). */
export const MOUNTS: Record<string, string[]> = {
  '/some/path/': [DIST],
  '/configured/app/': [join(DATA, 'configured'), DIST],
  '/broken/app/': [join(DATA, 'broken'), DIST],
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

async function findFile(
  dirs: string[],
  relative: string,
): Promise<{ path: string; size: number } | undefined> {
  for (const dir of dirs) {
    const root = normalize(dir);
    const path = normalize(join(root, relative));
    if (path !== root && !path.startsWith(root + sep)) return undefined;
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile()) return { path, size: info.size };
  }
  return undefined;
}

export function createStaticServer(mounts: Record<string, string[]> = MOUNTS): Server {
  return createServer((req, res) => {
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('Method Not Allowed');
        return;
      }
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://static.local').pathname);
      } catch {
        res.writeHead(400).end();
        return;
      }
      if (pathname === '/health') {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
        return;
      }
      const mount = Object.keys(mounts).find((prefix) => pathname.startsWith(prefix));
      let relative = mount ? pathname.slice(mount.length) : undefined;
      if (relative !== undefined && (relative === '' || relative.endsWith('/'))) relative += 'index.html';
      const file =
        mount && relative !== undefined ? await findFile(mounts[mount] ?? [], relative) : undefined;
      if (!file || pathname.includes('\0')) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file.path)] ?? 'application/octet-stream',
        'content-length': file.size,
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file.path).pipe(res);
    })().catch(() => res.destroy());
  });
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(resolve(entry)).href) {
  const port = Number(process.env.PORT ?? 4319);
  createStaticServer().listen(port, '127.0.0.1', () => {
    console.log(`static host: http://127.0.0.1:${port}${Object.keys(MOUNTS)[0]}`);
  });
}
