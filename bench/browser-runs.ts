/**
 * One measured run in Chromium: the app (deep link → click Send → status final) or the bare page,
 * each in a fresh browser context so heaps are independent. Page-side timings come from
 * page-probes.js (performance.now() in the page), not from Playwright's polling.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';

/** What page-probes.js records (window.__bench). */
export interface Probe {
  clickAt?: number;
  endedAt?: number;
  finalTextAt?: number;
  frames: number;
  maxFrameGap: number;
  endStatus?: string;
  longTasks: { start: number; duration: number }[] | null;
  arrivals: Record<string, number>;
  shown: Record<string, number>;
}

export interface ProbeOptions {
  /** Record when markers ⟦n⟧ first show in Output. */
  markers?: boolean;
  /** Tee fetch bodies whose URL contains this, noting when markers arrive. */
  teeUrl?: string;
  /** Text that proves the whole answer is on screen (looked for once the status is final). */
  finalText?: string;
}

export interface RunResult {
  /** Start → final status and (when asked) the final text on screen. */
  wallMs: number;
  /** Main-thread tasks over 50 ms (the longtask threshold) between start and end, in ms. */
  longTasks: number[];
  heapMb: number;
  /** Main-thread busy time between start and end (CDP TaskDuration), in ms. */
  cpuMs: number;
  /** Text shown at the end (app: Output region; bare: the page body). */
  text: string;
  probe: Probe;
}

const PROBES = readFileSync(new URL('./page-probes.js', import.meta.url), 'utf8');
export const END_TIMEOUT_MS = 600_000;

async function openPage(
  browser: Browser,
  options: ProbeOptions,
): Promise<[BrowserContext, Page, CDPSession]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: `window.__benchOptions = ${JSON.stringify(options)};\n${PROBES}` });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return [context, page, cdp];
}

/** Main-thread task time so far (all tasks: script, style, layout, paint, GC), in ms. */
export async function mainThreadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
}

/** JS heap in use after a forced full GC, in MB (CDP). */
async function heapAfterGc(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  await cdp.detach();
  return used / 2 ** 20;
}

function tasksBetween(probe: Probe, start: number, end: number): number[] {
  return (probe.longTasks ?? [])
    .filter((t) => t.start + t.duration > start && t.start < end)
    .map((t) => t.duration);
}

/**
 * Polls an expression from Node. Not page.waitForFunction: that evaluates its predicate with eval
 * inside the page, which the app's CSP (script-src 'self') forbids; CDP evaluation is exempt.
 */
async function until(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let profiles = 0;

/**
 * BENCH_PROFILE=<dir>: the app run's JS CPU profile (`.cpuprofile`, open in DevTools) and a
 * Chromium trace (`.trace.json`) are written there; summarize them with bench/profile-summary.ts.
 */
async function startProfile(browser: Browser, page: Page, cdp: CDPSession, kind = 'app') {
  const dir = process.env.BENCH_PROFILE;
  if (!dir) return undefined;
  const name = join(dir, `${kind}-${++profiles}`);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await browser.startTracing(page, { categories: ['devtools.timeline', 'v8.execute', 'blink.user_timing'] });
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(`${name}.cpuprofile`, JSON.stringify(profile));
    writeFileSync(`${name}.trace.json`, await browser.stopTracing());
  };
}

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

export interface AppRunOptions extends ProbeOptions {
  appUrl: string;
  baseUrl: string;
  request: unknown;
  /** Receives the exact body the app POSTed (to replay it from the bare page). */
  onRequestBody?: (body: string) => void;
}

/** Opens the app with the request in a deep link, clicks Send, waits for a final status. */
export async function appRun(browser: Browser, options: AppRunOptions): Promise<RunResult> {
  const [context, page, cdp] = await openPage(browser, options);
  try {
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/responses'))
        options.onRequestBody?.(request.postData() ?? '');
    });
    const hash = `#request=${base64url(JSON.stringify(options.request))}&base_url=${encodeURIComponent(options.baseUrl)}`;
    await page.goto(`${options.appUrl}${hash}`);
    await page.getByRole('textbox', { name: 'Request JSON' }).waitFor();
    // The app clears the hash once it has applied the link.
    await until(page, 'location.hash === ""', 10_000);
    await page.waitForLoadState('networkidle');
    const profiling = await startProfile(browser, page, cdp);
    const cpuBefore = await mainThreadMs(cdp);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await until(page, 'window.__bench.endedAt !== undefined', END_TIMEOUT_MS);
    if (options.finalText) await until(page, 'window.__bench.finalTextAt !== undefined', END_TIMEOUT_MS);
    await profiling?.();
    // The polling above adds a little; the bare page is polled the same way (one evaluate).
    const cpuMs = (await mainThreadMs(cdp)) - cpuBefore;
    const probe = await page.evaluate<Probe>('window.__bench');
    const start = probe.clickAt ?? NaN;
    const end = Math.max(probe.endedAt ?? NaN, probe.finalTextAt ?? 0);
    const text = await page.evaluate<string>(
      'document.querySelector(\'section[aria-label="Output"]\')?.textContent ?? ""',
    );
    if (probe.endStatus !== 'completed') throw new Error(`the app run ended "${probe.endStatus}"`);
    return {
      wallMs: end - start,
      longTasks: tasksBetween(probe, start, end),
      heapMb: await heapAfterGc(context, page),
      cpuMs,
      text,
      probe,
    };
  } finally {
    await context.close();
  }
}

interface BareResult {
  started: number;
  finished: number;
  events: number;
  chars: number;
}

/** Opens the bare page and lets it fetch, parse and write the same stream once. */
export async function bareRun(
  browser: Browser,
  pageUrl: string,
  apiUrl: string,
  body: string,
): Promise<RunResult> {
  const [context, page, cdp] = await openPage(browser, {});
  try {
    await page.goto(pageUrl);
    const profiling = await startProfile(browser, page, cdp, 'bare');
    const cpuBefore = await mainThreadMs(cdp);
    const result = await page.evaluate<BareResult>(
      `window.bareRun(${JSON.stringify(apiUrl)}, ${JSON.stringify(body)})`,
    );
    await profiling?.();
    const cpuMs = (await mainThreadMs(cdp)) - cpuBefore;
    const probe = await page.evaluate<Probe>('window.__bench');
    const text = await page.evaluate<string>('document.getElementById("out").textContent');
    return {
      wallMs: result.finished - result.started,
      longTasks: tasksBetween(probe, result.started, result.finished),
      heapMb: await heapAfterGc(context, page),
      cpuMs,
      text,
      probe,
    };
  } finally {
    await context.close();
  }
}
