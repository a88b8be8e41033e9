import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from './precompress';
import { createStaticHandler } from './static-files';

let dist: string;
let server: Server;
let port: number;
const script = `console.log(${JSON.stringify('x'.repeat(5000))});`;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'playground-static-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), `<!doctype html><div id="root"></div>${' '.repeat(2000)}`);
  writeFileSync(join(dist, 'assets', 'index-AbC123.js'), script);
  writeFileSync(join(dist, 'assets', 'tiny-1.js'), '1');
  expect(await precompressDir(dist)).toBe(2);
  const serve = createStaticHandler(dist);
  server = createServer((req, res) => void serve(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dist, { recursive: true, force: true });
});

function get(path: string, encoding?: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      request(
        { host: '127.0.0.1', port, path, headers: encoding ? { 'accept-encoding': encoding } : {} },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        },
      )
        .on('error', reject)
        .end();
    },
  );
}

describe('static files', () => {
  it('precompress writes .br and .gz twins of compressible files above 1 KB', () => {
    const js = join(dist, 'assets', 'index-AbC123.js');
    expect(brotliDecompressSync(readFileSync(`${js}.br`)).toString()).toBe(script);
    expect(gunzipSync(readFileSync(`${js}.gz`)).toString()).toBe(script);
  });

  it('sends the Brotli or gzip twin by Accept-Encoding, with the original type and immutable caching', async () => {
    const br = await get('/assets/index-AbC123.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString()).toBe(script);
    const gz = await get('/assets/index-AbC123.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(script);
    const plain = await get('/assets/index-AbC123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('compresses the page too, which keeps its CSP and is revalidated, not cached for good', async () => {
    const page = await get('/', 'br');
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    const route = await get('/deep/route', 'gzip');
    expect(gunzipSync(route.body).toString()).toContain('<div id="root">');
    expect((await get('/assets/tiny-1.js', 'br')).headers['content-encoding']).toBeUndefined();
  });

  it('answers 304 to a matching ETag', async () => {
    const first = await get('/assets/tiny-1.js');
    const etag = String(first.headers.etag);
    const again = await new Promise<number>((resolve, reject) => {
      request(
        { host: '127.0.0.1', port, path: '/assets/tiny-1.js', headers: { 'if-none-match': etag } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      )
        .on('error', reject)
        .end();
    });
    expect(again).toBe(304);
  });
});
