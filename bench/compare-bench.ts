/**
 * Compare mode under load: four columns streaming 25k deltas each at once (from the demo backend,
 * unpaced) against one column alone, in Chromium. Reports the wall time from Send all until every
 * column says completed with its answer rendered, the longest main-thread task and the longest gap
 * between frames. Figures only: nothing here passes or fails.
 */
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { ensureBuilt } from '../server/build';
import { ROOT, startServer } from '../server/main';
import type { Figure } from './stats';
import { longStreamRequest } from './stream-bytes';

export interface CompareBenchOptions {
  deltas?: number;
  log?: (line: string) => void;
}

const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
};

/** In the page before its scripts: long tasks, frame gaps, Send all → every sent column final. */
const PROBE = `(() => {
  const probe = { clickAt: undefined, endedAt: undefined, longTasks: [], maxFrameGap: 0, statuses: [] };
  window.__compareBench = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (probe.clickAt === undefined && button && button.textContent.trim() === 'Send all') {
      probe.clickAt = performance.now();
      let last = probe.clickAt;
      const frame = (now) => {
        probe.maxFrameGap = Math.max(probe.maxFrameGap, now - last);
        last = now;
        const regions = [...document.querySelectorAll('section[aria-label^="Column "]')];
        const sent = regions.filter((r) => !r.querySelector('[role="alert"]'));
        const words = sent.map((r) => r.querySelector('[role="status"]')?.textContent ?? '');
        const pending = sent.some((r) => r.querySelector('[data-markdown-pending]'));
        if (words.length > 0 && words.every((w) => /completed|failed|cancelled|incomplete/.test(w)) && !pending) {
          probe.endedAt = now;
          probe.statuses = words;
          return;
        }
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    }
  }, true);
})();`;

interface CompareProbe {
  clickAt?: number;
  endedAt?: number;
  longTasks: { start: number; duration: number }[];
  maxFrameGap: number;
  statuses: string[];
}

interface CompareRun {
  wallMs: number;
  longestTaskMs: number;
  tasksOver50: number;
  maxFrameGapMs: number;
}

/** Columns on the demo profile; `streams` of them send, the others have no base URL (not sent). */
function storedColumns(streams: number, total: number): string {
  const columns = Array.from({ length: total }, (_, i) =>
    i < streams
      ? { id: `c${i}`, profileId: 'demo', baseUrl: '', model: '', overrides: '' }
      : { id: `c${i}`, baseUrl: '', model: '', overrides: '' },
  );
  return JSON.stringify({ state: { columns, runsPerColumn: 1 }, version: 1 });
}

async function until(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function compareRun(
  browser: Browser,
  appUrl: string,
  streams: number,
  deltas: number,
): Promise<CompareRun> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    const total = Math.max(2, streams);
    await page.addInitScript({
      content: `localStorage.setItem('rp.compare', ${JSON.stringify(storedColumns(streams, total))});\n${PROBE}`,
    });
    const hash = `#request=${Buffer.from(JSON.stringify(longStreamRequest(deltas))).toString('base64url')}`;
    await page.goto(`${appUrl}${hash}`);
    await page.getByRole('textbox', { name: 'Request JSON' }).waitFor();
    await until(page, 'location.hash === ""', 10_000);
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.getByRole('button', { name: 'Send all' }).click();
    await until(page, 'window.__compareBench.endedAt !== undefined', 600_000);
    const probe = await page.evaluate<CompareProbe>('window.__compareBench');
    if (probe.statuses.length !== streams || !probe.statuses.every((s) => s.includes('completed')))
      throw new Error(`columns ended ${JSON.stringify(probe.statuses)}`);
    const start = probe.clickAt ?? NaN;
    const end = probe.endedAt ?? NaN;
    const tasks = probe.longTasks
      .filter((t) => t.start + t.duration > start && t.start < end)
      .map((t) => t.duration);
    return {
      wallMs: end - start,
      longestTaskMs: Math.max(0, ...tasks),
      tasksOver50: tasks.length,
      maxFrameGapMs: probe.maxFrameGap,
    };
  } finally {
    await context.close();
  }
}

export async function runCompareBench(options: CompareBenchOptions = {}): Promise<Figure[]> {
  const deltas = options.deltas ?? 25_000;
  const log = options.log ?? (() => undefined);
  await ensureBuilt(ROOT, log);
  const app = await startServer({ port: 0, host: '127.0.0.1', distDir: join(ROOT, 'dist'), demo: {} });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch(LAUNCH);
    const one = await compareRun(browser, app.url, 1, deltas);
    log(`compare: one column ${one.wallMs.toFixed(0)} ms, longest task ${one.longestTaskMs.toFixed(0)} ms`);
    const four = await compareRun(browser, app.url, 4, deltas);
    log(
      `compare: four columns ${four.wallMs.toFixed(0)} ms, longest task ${four.longestTaskMs.toFixed(0)} ms`,
    );
    const group = 'compare';
    const note = `${deltas} deltas per column from the demo backend, one run each`;
    return [
      {
        group,
        name: 'one column: Send all → completed, rendered',
        value: one.wallMs,
        unit: 'ms',
        ratio: 1,
        note,
      },
      {
        group,
        name: 'four columns at once: Send all → all completed, rendered',
        value: four.wallMs,
        unit: 'ms',
        ratio: four.wallMs / one.wallMs,
        note: 'against one column alone (4× the bytes)',
      },
      { group, name: 'one column: longest main-thread task', value: one.longestTaskMs, unit: 'ms' },
      {
        group,
        name: 'four columns: longest main-thread task',
        value: four.longestTaskMs,
        unit: 'ms',
        note: `${four.tasksOver50} tasks > 50 ms (one column: ${one.tasksOver50})`,
      },
      { group, name: 'one column: longest gap between frames', value: one.maxFrameGapMs, unit: 'ms' },
      { group, name: 'four columns: longest gap between frames', value: four.maxFrameGapMs, unit: 'ms' },
    ];
  } finally {
    await browser?.close();
    await app.close();
  }
}
