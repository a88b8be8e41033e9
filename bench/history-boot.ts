/**
 * Boot time with a big history: the built app in Chromium with 1,000 entries (threads of five
 * turns, each with a request and a recorded response body) in IndexedDB, from navigation start to
 * the History pane listing all of them, versus the same boot with an empty history.
 * Figure, not a pass/fail test: `pass` says whether the target (< 1 s) was met.
 */
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { HISTORY_VERSION, type HistoryBody, type HistoryEntry } from '../src/core/history/types';
import { ensureBuilt } from '../server/build';
import { ROOT, startServer } from '../server/main';
import { median, type Figure } from './stats';

export interface HistoryBootOptions {
  entries?: number;
  rounds?: number;
  /** A built app to serve instead of `<repo>/dist` (built first if needed). */
  distDir?: string;
  log?: (line: string) => void;
}

const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
};
const TARGET_MS = 1000;

/** `count` entries in threads of five turns, with bodies about as big as a short real answer. */
function makeRecords(count: number): { entries: HistoryEntry[]; bodies: HistoryBody[] } {
  const entries: HistoryEntry[] = [];
  const bodies: HistoryBody[] = [];
  const start = Date.now() - count * 60_000;
  const answer = 'A recorded answer with **Markdown**, a list and some code. '.repeat(20);
  for (let i = 0; i < count; i++) {
    const id = `h_bench${String(i).padStart(5, '0')}`;
    const turn = i % 5;
    const responseId = `resp_bench${String(i).padStart(5, '0')}`;
    const input = `Question ${i}: tell me something about history entry number ${i}.`;
    entries.push({
      v: HISTORY_VERSION,
      id,
      createdAt: start + i * 60_000,
      updatedAt: start + i * 60_000,
      parentId: turn === 0 ? undefined : `h_bench${String(i - 1).padStart(5, '0')}`,
      previousResponseId: turn === 0 ? undefined : `resp_bench${String(i - 1).padStart(5, '0')}`,
      responseId,
      baseUrl: 'http://127.0.0.1/demo/v1',
      mode: 'chain',
      kind: turn === 0 ? 'request' : 'follow-up',
      status: 'completed',
      model: 'gpt-4.1-mini',
      inputPreview: input,
      outputPreview: answer.slice(0, 140),
      callCount: 0,
      usage: { inputTokens: 40, outputTokens: 300, totalTokens: 340 },
      timings: { startedAt: 0, firstTokenAt: 300, endedAt: 2000 },
    });
    const item = {
      type: 'message',
      role: 'assistant',
      status: 'completed',
      content: [{ type: 'output_text', text: answer }],
    };
    bodies.push({
      v: HISTORY_VERSION,
      id,
      requestText: JSON.stringify({ model: 'gpt-4.1-mini', input, stream: true }, null, 2),
      turnInput: [{ role: 'user', content: input }],
      view: {
        status: 'completed',
        responseId,
        items: [{ outputIndex: 0, item, done: true }],
        timings: {},
        notices: [],
        eventCount: 0,
      },
    });
  }
  return { entries, bodies };
}

/** Writes records straight into the app's IndexedDB (same database and stores as idb-storage.ts). */
async function seed(page: Page, records: ReturnType<typeof makeRecords>): Promise<void> {
  await page.evaluate(async ({ entries, bodies }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('responses-playground-history', 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('entries', { keyPath: 'id' });
        request.result.createObjectStore('bodies', { keyPath: 'id' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const tx = db.transaction(['entries', 'bodies'], 'readwrite');
    tx.objectStore('entries').clear();
    tx.objectStore('bodies').clear();
    for (const entry of entries) tx.objectStore('entries').put(entry);
    for (const body of bodies) tx.objectStore('bodies').put(body);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new Error('seed failed'));
    });
    db.close();
  }, records);
}

/** Milliseconds from navigation start until History lists `count` entries with a row on screen. */
async function bootTime(page: Page, count: number): Promise<number> {
  await page.reload();
  const handle = await page.waitForFunction(
    (n) => {
      const region = document.querySelector('section[aria-label="History"]');
      const listed = region?.textContent?.includes(n === 1 ? '1 entry' : `${n} entries`);
      const row = n === 0 || region?.querySelector('ul[aria-label="History entries"] button');
      return listed && row ? performance.now() : false;
    },
    count,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Boots the app `rounds` times with `entries` history entries (default 1,000); returns the median figure. */
export async function runHistoryBootBench(options: HistoryBootOptions = {}): Promise<Figure> {
  const { entries: count = 1000, rounds = 5 } = options;
  const log = options.log ?? (() => undefined);
  if (!options.distDir) await ensureBuilt(ROOT, log);
  const distDir = options.distDir ?? join(ROOT, 'dist');
  const app = await startServer({ port: 0, host: '127.0.0.1', distDir, demo: {} });
  const browser = await chromium.launch(LAUNCH);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByRole('textbox', { name: 'Request JSON' }).waitFor();
    const empty: number[] = [];
    const full: number[] = [];
    for (let round = 0; round < rounds + 1; round++) {
      await seed(page, { entries: [], bodies: [] });
      const e = await bootTime(page, 0);
      await seed(page, makeRecords(count));
      const f = await bootTime(page, count);
      log(
        `history-boot: round ${round + 1}: empty ${e.toFixed(0)} ms, ${count} entries ${f.toFixed(0)} ms${round === 0 ? ' (warm-up)' : ''}`,
      );
      if (round > 0) {
        empty.push(e);
        full.push(f);
      }
    }
    const value = median(full);
    return {
      group: 'history',
      name: `boot with ${count} entries`,
      value,
      unit: 'ms',
      ratio: value / median(empty),
      target: `< ${TARGET_MS} ms`,
      pass: value < TARGET_MS,
      note: `navigation start → all ${count} listed; empty history boots in ${median(empty).toFixed(0)} ms (ratio is against that)`,
    };
  } finally {
    await browser.close();
    await app.close();
  }
}
