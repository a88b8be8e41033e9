/**
 * Typing latency in large requests (keystroke → the next frame painted, in the page) and the first
 * load (bytes over the wire, JS before the first paint, first contentful paint).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { ROOT } from '../server/main';
import { percentile, spread, type Figure } from './stats';

const KEYS = 30;

/** BENCH_PROFILE=<dir>: the 1 MiB typing run's CPU profile goes to <dir>/typing.cpuprofile. */
async function startTypingProfile(page: Page): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(join(process.env.BENCH_PROFILE ?? '.', 'typing.cpuprofile'), JSON.stringify(profile));
    await cdp.detach();
  };
}

/** A request of about `bytes` characters: a conversation of ~1 KB messages, pretty-printed. */
function requestOfSize(bytes: number): string {
  const input: { role: string; content: string }[] = [];
  const filler = 'The quick brown fox jumps over the lazy dog; streaming keeps every frame short. ';
  let size = 60;
  while (size < bytes) {
    const content = filler.repeat(12).slice(0, Math.min(960, bytes - size));
    input.push({ role: input.length % 2 ? 'assistant' : 'user', content });
    size += content.length + 50;
  }
  return JSON.stringify({ model: 'gpt-4.1', input, stream: true }, null, 2);
}

async function editorReady(page: Page): Promise<void> {
  await page.locator('[data-editor="monaco"] .view-lines').first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
}

/** Keystroke → next frame painted, p50 and p95, at 1 KiB, 100 KiB and 1 MiB of request. */
export async function typingFigures(
  browser: Browser,
  appUrl: string,
  { log = (_: string) => undefined }: { log?: (line: string) => void } = {},
): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const [label, bytes] of [
    ['1 KiB', 1024],
    ['100 KiB', 100 * 1024],
    ['1 MiB', 1024 * 1024],
  ] as const) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const text = requestOfSize(bytes);
      await context.addInitScript(
        `localStorage.setItem('rp.workspace', ${JSON.stringify(JSON.stringify({ state: { requestText: text }, version: 1 }))});`,
      );
      const page = await context.newPage();
      await page.goto(appUrl);
      await editorReady(page);
      await page.getByRole('textbox', { name: 'Request JSON' }).focus();
      // Into the model name (line 2, before its closing quote): the JSON stays valid while typing.
      for (const key of ['Control+Home', 'ArrowDown', 'End', 'ArrowLeft', 'ArrowLeft'])
        await page.keyboard.press(key);
      await page.waitForTimeout(500);
      await page.evaluate(() => {
        const w = window as unknown as { __keys: number[] };
        w.__keys = [];
        // Capture phase: the clock starts before the editor sees the key.
        addEventListener(
          'keydown',
          () => {
            const t0 = performance.now();
            requestAnimationFrame(() => setTimeout(() => w.__keys.push(performance.now() - t0), 0));
          },
          true,
        );
      });
      const profiling =
        process.env.BENCH_PROFILE && bytes >= 1024 * 1024 ? await startTypingProfile(page) : undefined;
      for (let i = 0; i < KEYS; i++) {
        await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
        await page.waitForTimeout(80);
      }
      await page.waitForTimeout(300);
      await profiling?.();
      const latencies = await page.evaluate(() => (window as unknown as { __keys: number[] }).__keys);
      if (latencies.length < KEYS)
        throw new Error(`typing ${label}: ${latencies.length} of ${KEYS} keys measured`);
      const p95 = percentile(latencies, 95);
      log(`typing ${label}: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
      figures.push(
        {
          group: 'typing',
          name: `${label} request: keystroke → next frame, p50`,
          unit: 'ms',
          value: percentile(latencies, 50),
        },
        {
          group: 'typing',
          name: `${label} request: keystroke → next frame, p95`,
          unit: 'ms',
          value: p95,
          ...(bytes >= 1024 * 1024 && { target: '≤ 33 ms', pass: p95 <= 33 }),
          note: `${KEYS} keys 80 ms apart into the model name; request of ${(text.length / 1024).toFixed(0)} KiB`,
        },
      );
    } finally {
      await context.close();
    }
  }
  return figures;
}

interface LoadProbe {
  fcp: number;
  transferred: number;
  jsBeforePaint: number;
  scriptsBeforePaint: number;
  monacoBeforePaint: number;
  requests: number;
}

/** The JS the page needs before its first paint (entry + modulepreloads), gzip -9, from dist/. */
function initialJsGzip(): number {
  const dist = join(ROOT, 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  return scripts.reduce(
    (sum, path) => sum + gzipSync(readFileSync(join(dist, path)), { level: 9 }).length,
    0,
  );
}

/** A cold first load in a fresh context: bytes, JS before the first paint, FCP. */
export async function firstLoadFigures(
  browser: Browser,
  appUrl: string,
  { rounds = 3, log = (_: string) => undefined }: { rounds?: number; log?: (line: string) => void } = {},
): Promise<Figure[]> {
  const probes: LoadProbe[] = [];
  for (let round = 0; round < rounds; round++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(appUrl);
      await editorReady(page);
      await page.waitForTimeout(1500); // idle-time chunks (Markdown renderer) too
      const probe = await page.evaluate((): LoadProbe => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const early = resources.filter((r) => r.name.endsWith('.js') && r.startTime < fcp);
        return {
          fcp,
          transferred: (nav?.transferSize ?? 0) + resources.reduce((sum, r) => sum + r.transferSize, 0),
          jsBeforePaint: early.reduce((sum, r) => sum + r.encodedBodySize, 0),
          scriptsBeforePaint: early.length,
          monacoBeforePaint: early.filter((r) => /monaco|editor\.api|jsonMode/.test(r.name)).length,
          requests: resources.length + 1,
        };
      });
      log(
        `first load ${round + 1}: FCP ${probe.fcp.toFixed(0)} ms, ${(probe.transferred / 1024).toFixed(0)} KB in ${probe.requests} requests`,
      );
      probes.push(probe);
    } finally {
      await context.close();
    }
  }
  const group = 'first load';
  const initial = initialJsGzip() / 1024;
  const transferred = spread(probes.map((p) => p.transferred / 1024));
  return [
    {
      group,
      name: 'JS before first paint (entry + preloads, gzip -9)',
      unit: 'KB',
      value: initial,
      target: '≤ 150 KB',
      pass: initial <= 150,
    },
    {
      group,
      name: 'JS requested before first paint, as sent (br)',
      unit: 'KB',
      ...spread(probes.map((p) => p.jsBeforePaint / 1024)),
      note: `${Math.max(...probes.map((p) => p.scriptsBeforePaint))} scripts, of them Monaco: ${Math.max(...probes.map((p) => p.monacoBeforePaint))}`,
    },
    {
      group,
      name: 'bytes transferred, whole first load (Monaco included)',
      unit: 'KB',
      ...transferred,
      target: '≤ 2048 KB',
      pass: transferred.max <= 2048,
    },
    { group, name: 'first contentful paint', unit: 'ms', ...spread(probes.map((p) => p.fcp)) },
  ];
}
