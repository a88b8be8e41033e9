import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './main';
import { startServer } from './main';

let dist: string;
let app: RunningServer;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'playground-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><title>Responses Playground</title><div id="root"></div>',
  );
  writeFileSync(join(dist, 'assets', 'index-AbC123.js'), 'console.log("app")');
  writeFileSync(join(dist, 'assets', 'codicon-XyZ.ttf'), 'ttf');
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  app = await startServer({ port: 0, host: '127.0.0.1', distDir: dist, demo: { defaultPaceMs: 0 } });
});

afterAll(async () => {
  await app.close();
  rmSync(dist, { recursive: true, force: true });
});

/** A raw GET that does not normalise the path (fetch would resolve `..`). */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port: app.port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('startServer', () => {
  it('serves index.html with security headers', async () => {
    expect(app.url).toBe(`http://127.0.0.1:${app.port}/`);
    const res = await fetch(app.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('Responses Playground');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain('connect-src *');
    expect(csp).toContain("worker-src 'self' blob:");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('falls back to index.html for client-side routes, not for missing assets', async () => {
    const route = await fetch(new URL('/some/deep/route', app.url));
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<div id="root">');
    expect((await fetch(new URL('/assets/missing-123.js', app.url))).status).toBe(404);
  });

  it('serves hashed assets with MIME types and immutable caching', async () => {
    const js = await fetch(new URL('/assets/index-AbC123.js', app.url));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    const font = await fetch(new URL('/assets/codicon-XyZ.ttf', app.url));
    expect(font.headers.get('content-type')).toBe('font/ttf');
    const svg = await fetch(new URL('/favicon.svg', app.url));
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(svg.headers.get('cache-control')).toBe('no-cache');
  });

  it('refuses to leave dist/', async () => {
    for (const path of [
      '/../../etc/passwd',
      '/..%2f..%2f..%2fetc%2fpasswd',
      '/assets/..%2f..%2fpackage.json',
    ]) {
      const { status, body } = await rawGet(path);
      // Either refused, or resolved inside dist/ (URL parsing drops the `..`): never the file itself.
      if (status === 200) expect(body).toContain('<div id="root">');
      else expect([400, 403, 404]).toContain(status);
      expect(body).not.toMatch(/root:|"name"/);
    }
  });

  it('serves the demo backend at /demo on the same origin', async () => {
    const models = await fetch(new URL('/demo/v1/models', app.url));
    expect(models.status).toBe(200);
    expect(((await models.json()) as { object: string }).object).toBe('list');
    const res = await fetch(new URL('/demo/v1/responses', app.url), {
      method: 'POST',
      body: JSON.stringify({ model: 'gpt-4.1', input: 'hello', stream: true }),
    });
    const text = await res.text();
    expect(text.startsWith('event: response.created\ndata: ')).toBe(true);
    expect(text).toContain('event: response.completed');
  });

  it('stops the demo stream when the browser goes away', async () => {
    const controller = new AbortController();
    const res = await fetch(new URL('/demo/v1/responses', app.url), {
      method: 'POST',
      body: JSON.stringify({
        model: 'gpt-4.1',
        input: 'long',
        stream: true,
        metadata: { demo_pace_ms: '20', demo_deltas: '5000' },
      }),
      signal: controller.signal,
    });
    const first = new TextDecoder().decode((await res.body!.getReader().read()).value);
    const id = /"id":"(resp_[0-9a-f]+)"/.exec(first)?.[1] ?? '';
    controller.abort();
    let status = '';
    for (let i = 0; i < 50 && status !== 'cancelled'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = (
        (await (await fetch(new URL(`/demo/v1/responses/${id}`, app.url))).json()) as { status: string }
      ).status;
    }
    expect(status).toBe('cancelled');
  });

  it('mounts the local proxy at /proxy/ (it refuses requests that are not from the page)', async () => {
    const res = await fetch(new URL('/proxy/v1/responses', app.url), { method: 'POST', body: '{}' });
    expect(res.status).toBe(403);
    expect(res.headers.get('x-proxy-error')).toBe('forbidden');
  });
});
