/**
 * Chromium figures: the app rendering a 100k-delta demo stream versus a bare page doing the least
 * possible with the same bytes (wall time, long tasks, heap), and the delta → screen latency of a
 * paced stream (50 deltas/s) with numbered markers.
 */
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { ensureBuilt } from '../server/build';
import { ROOT, startServer } from '../server/main';
import { pacedFigures, streamFigures } from './browser-figures';
import { appRun, bareRun, type RunResult } from './browser-runs';
import { startBenchServer } from './paced-server';
import type { Figure } from './stats';
import { DELTAS, longStreamRequest } from './stream-bytes';

export interface BrowserBenchOptions {
  deltas?: number;
  warmup?: number;
  rounds?: number;
  pacedDeltas?: number;
  pacedIntervalMs?: number;
  log?: (line: string) => void;
}

const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
};

/** The last "Paragraph N:" of a text: proves the app showed the end of the same answer. */
const lastParagraph = (text: string) => [...text.matchAll(/Paragraph (\d+):/g)].at(-1)?.[1];

export async function runBrowserBench(options: BrowserBenchOptions = {}): Promise<Figure[]> {
  const { deltas = DELTAS, warmup = 1, rounds = 3, pacedDeltas = 200, pacedIntervalMs = 20 } = options;
  const log = options.log ?? (() => undefined);
  await ensureBuilt(ROOT, log);
  const app = await startServer({ port: 0, host: '127.0.0.1', distDir: join(ROOT, 'dist'), demo: {} });
  const bench = await startBenchServer({ deltas: pacedDeltas, intervalMs: pacedIntervalMs });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch(LAUNCH);
    const demoApi = `${app.url}demo/v1`;
    let body = '';
    let finalText: string | undefined;
    const runApp = () =>
      appRun(browser!, {
        appUrl: app.url,
        baseUrl: demoApi,
        request: longStreamRequest(deltas),
        onRequestBody: (sent) => (body = sent),
        finalText,
      });
    const runBare = () => bareRun(browser!, `${bench.origin}/bare`, `${demoApi}/responses`, body);

    // The warm-up (at least one) learns the exact body the app sends and the answer's last
    // paragraph, so measured app runs end only once that paragraph is on screen.
    const appRuns: RunResult[] = [];
    const bareRuns: RunResult[] = [];
    for (let round = 0; round < Math.max(1, warmup) + rounds; round++) {
      const a = await runApp();
      const b = await runBare();
      const measured = round >= Math.max(1, warmup);
      log(
        `browser: round ${round + 1}: app ${a.wallMs.toFixed(0)} ms (${a.probe.frames} frames, longest gap ${a.probe.maxFrameGap.toFixed(0)} ms), bare ${b.wallMs.toFixed(0)} ms${measured ? '' : ' (warm-up)'}`,
      );
      const last = lastParagraph(b.text);
      if (last === undefined || lastParagraph(a.text) !== last)
        throw new Error(
          `the app did not show the whole answer (last paragraph ${lastParagraph(a.text)} vs ${last})`,
        );
      finalText = `Paragraph ${last}:`;
      if (measured) {
        appRuns.push(a);
        bareRuns.push(b);
      }
    }

    log(`paced: ${pacedDeltas} deltas at ${1000 / pacedIntervalMs}/s`);
    const paced = await appRun(browser, {
      appUrl: app.url,
      baseUrl: `${bench.origin}/paced/v1`,
      request: { model: 'bench-paced', input: 'Numbered deltas, please.', stream: true },
      markers: true,
      teeUrl: '/paced/v1/responses',
    });
    return [
      ...streamFigures(appRuns, bareRuns, deltas),
      ...pacedFigures(paced, pacedDeltas, 1000 / pacedIntervalMs),
    ];
  } finally {
    await browser?.close();
    await bench.close();
    await app.close();
  }
}
