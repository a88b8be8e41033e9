/**
 * The in-browser demo (a Service Worker on a static host) against the server's demo (`npm start`):
 * the same app, the same handler, only the transport differs. Figures: the default request (paced
 * like a model, so mostly pacing) and a 100k-delta flood, each from click to `completed`, plus the
 * flood read by a bare fetch in the page (transport alone). The in-browser demo must not be the
 * bottleneck: its ratio to `npm start` should stay near 1.
 */
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from '@playwright/test';
import { createStaticServer } from '../e2e/servers/static-server';
import { DEFAULT_REQUEST_TEXT } from '../src/core/request/default-request';
import { ensureBuilt } from '../server/build';
import { ROOT, startServer } from '../server/main';
import { appRun } from './browser-runs';
import { median, type Figure } from './stats';
import { DELTAS, longStreamRequest } from './stream-bytes';

const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
};
const SUB_PATH = '/bench/app/';

export interface StaticHostBenchOptions {
  deltas?: number;
  rounds?: number;
  log?: (line: string) => void;
}

interface HostFigures {
  defaultMs: number[];
  floodMs: number[];
  transportMs: number[];
}

/** Fetches and reads a whole stream in a page of the app, after the in-browser demo (if any) is in place. */
async function transportRun(browser: Browser, appUrl: string, body: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(appUrl);
    await page.getByRole('textbox', { name: 'Request JSON' }).waitFor();
    await page.waitForLoadState('networkidle');
    return await page.evaluate(
      async ([url, text]) => {
        const started = performance.now();
        const response = await fetch(url!, {
          method: 'POST',
          body: text,
          headers: { 'content-type': 'application/json' },
        });
        const reader = response.body!.getReader();
        while (!(await reader.read()).done) {
          /* read to the end */
        }
        return performance.now() - started;
      },
      [`${appUrl}demo/v1/responses`, body],
    );
  } finally {
    await context.close();
  }
}

export async function runStaticHostBench(options: StaticHostBenchOptions = {}): Promise<Figure[]> {
  const { deltas = DELTAS, rounds = 1 } = options;
  const log = options.log ?? (() => undefined);
  await ensureBuilt(ROOT, log);
  const dist = join(ROOT, 'dist');
  const app = await startServer({ port: 0, host: '127.0.0.1', distDir: dist, demo: {} });
  const files = createStaticServer({ [SUB_PATH]: [dist] });
  await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
  const staticUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}${SUB_PATH}`;
  const hosts = { 'npm start': app.url, 'in-browser demo': staticUrl } as const;
  const results: Record<keyof typeof hosts, HostFigures> = {
    'npm start': { defaultMs: [], floodMs: [], transportMs: [] },
    'in-browser demo': { defaultMs: [], floodMs: [], transportMs: [] },
  };
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch(LAUNCH);
    const flood = longStreamRequest(deltas);
    for (let round = 0; round < rounds; round++) {
      for (const [name, url] of Object.entries(hosts) as [keyof typeof hosts, string][]) {
        const baseUrl = `${url}demo/v1`;
        const figures = results[name];
        const plain = await appRun(browser, {
          appUrl: url,
          baseUrl,
          request: JSON.parse(DEFAULT_REQUEST_TEXT),
        });
        const big = await appRun(browser, { appUrl: url, baseUrl, request: flood });
        const transport = await transportRun(browser, url, JSON.stringify(flood));
        figures.defaultMs.push(plain.wallMs);
        figures.floodMs.push(big.wallMs);
        figures.transportMs.push(transport);
        log(
          `static-host: round ${round + 1} ${name}: default ${plain.wallMs.toFixed(0)} ms, flood ${big.wallMs.toFixed(0)} ms, flood transport ${transport.toFixed(0)} ms`,
        );
      }
    }
  } finally {
    await browser?.close();
    await new Promise<void>((resolve) => files.close(() => resolve()));
    files.closeAllConnections();
    await app.close();
  }
  const server = results['npm start'];
  const inBrowser = results['in-browser demo'];
  const pair = (name: string, of: (f: HostFigures) => number[], note: string): Figure[] => {
    const base = median(of(server));
    const value = median(of(inBrowser));
    return [
      { group: 'static-host', name: `${name}: npm start`, value: base, unit: 'ms', ratio: 1, note },
      {
        group: 'static-host',
        name: `${name}: in-browser demo`,
        value,
        unit: 'ms',
        ratio: value / base,
        target: '≤ 1.25× npm start',
        pass: value <= 1.25 * base,
      },
    ];
  };
  return [
    ...pair(
      'default request, click Send → completed',
      (f) => f.defaultMs,
      `paced at 25 ms a delta; median of ${rounds} round(s)`,
    ),
    ...pair(
      `${deltas} deltas, click Send → completed`,
      (f) => f.floodMs,
      'unpaced; the app renders every delta',
    ),
    ...pair(`${deltas} deltas, fetch + read in the page`, (f) => f.transportMs, 'transport alone, no app'),
  ];
}
