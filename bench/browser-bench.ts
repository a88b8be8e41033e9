/**
 * Chromium figures: the app rendering every stream shape (shapes.ts) at several sizes against a
 * bare page doing the least possible with the same bytes, both fed from memory by the bench's own
 * server (no pacing: the floor is the browser's own work); then the delta → screen latency of a
 * paced stream, typing latency in large requests and the first load (page-load.ts).
 */
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { ensureBuilt } from '../server/build';
import { ROOT, startServer } from '../server/main';
import { pacedFigures, shapeFigures } from './browser-figures';
import { appRun, bareRun, type RunResult } from './browser-runs';
import { startBenchServer } from './paced-server';
import { firstLoadFigures, typingFigures } from './page-load';
import { SHAPES, lastWords, type Shape } from './shapes';
import type { Figure } from './stats';

export interface BrowserBenchOptions {
  shapes?: readonly Shape[];
  sizes?: readonly number[];
  /** One paragraph at this size too (heap and the 2× target); 0 to skip. */
  big?: number;
  rounds?: number;
  pacedDeltas?: number;
  pacedIntervalMs?: number;
  /** Which of the figures after the shapes to take (default all): paced, typing, load. */
  extras?: readonly string[];
  log?: (line: string) => void;
}

export const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
};

export async function runBrowserBench(options: BrowserBenchOptions = {}): Promise<Figure[]> {
  const { shapes = SHAPES, sizes = [10_000, 100_000], big = 300_000, rounds = 3 } = options;
  const { pacedDeltas = 200, pacedIntervalMs = 20 } = options;
  const log = options.log ?? (() => undefined);
  await ensureBuilt(ROOT, log);
  const app = await startServer({ port: 0, host: '127.0.0.1', distDir: join(ROOT, 'dist'), demo: {} });
  const bench = await startBenchServer({ deltas: pacedDeltas, intervalMs: pacedIntervalMs });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch(LAUNCH);
    const figures: Figure[] = [];
    const runs: [Shape, number][] = shapes.flatMap((shape) => sizes.map((n): [Shape, number] => [shape, n]));
    if (big > 0) runs.push(['one-paragraph', big]);
    for (const [shape, deltas] of runs) {
      const baseUrl = `${bench.origin}/shape/${shape}/${deltas}/v1`;
      const request = { model: 'bench', input: `Stream ${shape}.`, stream: true };
      const last = lastWords(shape, deltas);
      const finalText = last.shown;
      const app_: RunResult[] = [];
      const bare: RunResult[] = [];
      // Round 0 warms up (caches, JIT); the app and the bare page alternate so load drift hits both.
      for (let round = 0; round <= rounds; round++) {
        const a = await appRun(browser, { appUrl: app.url, baseUrl, request, finalText });
        const b = await bareRun(browser, `${bench.origin}/bare`, `${baseUrl}/responses`, '{}');
        if (!b.text.includes(last.raw))
          throw new Error(`${shape} ${deltas}: "${last.raw}" is missing from the bare page`);
        if (!a.text.includes(finalText))
          throw new Error(`${shape} ${deltas}: "${finalText}" is missing from the app`);
        log(
          `${shape} ${deltas}: round ${round}${round === 0 ? ' (warm-up)' : ''}: app ${a.wallMs.toFixed(0)} ms / cpu ${a.cpuMs.toFixed(0)} ms, bare ${b.wallMs.toFixed(0)} ms / cpu ${b.cpuMs.toFixed(0)} ms, longest task ${Math.max(0, ...a.longTasks).toFixed(0)} ms`,
        );
        if (round > 0) {
          app_.push(a);
          bare.push(b);
        }
      }
      figures.push(...shapeFigures({ shape, deltas, app: app_, bare }));
    }

    const extras = options.extras ?? ['paced', 'typing', 'load'];
    if (extras.includes('paced')) {
      log(`paced: ${pacedDeltas} deltas at ${1000 / pacedIntervalMs}/s`);
      const paced = await appRun(browser, {
        appUrl: app.url,
        baseUrl: `${bench.origin}/paced/v1`,
        request: { model: 'bench-paced', input: 'Numbered deltas, please.', stream: true },
        markers: true,
        teeUrl: '/paced/v1/responses',
      });
      figures.push(...pacedFigures(paced, pacedDeltas, 1000 / pacedIntervalMs));
    }
    if (extras.includes('typing')) figures.push(...(await typingFigures(browser, app.url, { log })));
    if (extras.includes('load')) figures.push(...(await firstLoadFigures(browser, app.url, { rounds, log })));
    return figures;
  } finally {
    await browser?.close();
    await bench.close();
    await app.close();
  }
}
