/**
 * `npm run bench`: throughput of the SSE path in Node (vs the openai SDK and a bare floor), then the
 * app in Chromium (vs a bare page) and the delta → screen latency of a paced stream. Prints a table
 * and writes bench/results.json. Figures, not pass/fail tests: the exit code is 0 whether targets
 * are met or not (1 only when a part could not run).
 *
 * Also the app's boot time with a big history (history-boot.ts), the core's big-input paths
 * (core-bench.ts: what used to be timing bounds in the unit tests), and Compare with four columns
 * streaming at once against one alone (compare-bench.ts).
 *
 * Also the in-browser demo of a static host against npm start's (static-host-bench.ts).
 *
 * Options: --only=parser,browser,history,static-host,core,compare (any of them; default all),
 * --deltas=N (Node and static host, default 100000), --rounds=N (Node, default 9), --browser-rounds=N
 * (default 3), --static-rounds=N (default 1), --compare-deltas=N (per Compare column, default
 * 25000), --chunk=BYTES (Node chunk size, default 16384), --shapes=a,b (browser; default all of
 * shapes.ts; none to skip them), --sizes=10000,100000 (browser deltas per shape), --big=N (one
 * paragraph at N deltas; default 300000, 0 to skip), --extras=paced,typing,load (browser figures
 * after the shapes; default all, none for no extras). BENCH_PROFILE=<dir> writes a CPU profile
 * and a trace of every app run there (see profile-summary.ts).
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { runBrowserBench } from './browser-bench';
import { runCompareBench } from './compare-bench';
import { runCoreBench } from './core-bench';
import { runHistoryBootBench } from './history-boot';
import { runParserBench } from './parser-bench';
import { runStaticHostBench } from './static-host-bench';
import type { Shape } from './shapes';
import { formatTable, round, type Figure } from './stats';

function arg(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}
const num = (name: string) => (arg(name) === undefined ? undefined : Number(arg(name)));

async function main(): Promise<void> {
  const only = arg('only')?.split(',');
  const log = (line: string) => console.error(line);
  // Other processes on the machine stretch every figure (long tasks most): say how busy it was.
  const loadBefore = loadavg()[0] ?? NaN;
  const groups: [string, () => Promise<Figure[]>][] = [
    [
      'parser',
      () => runParserBench({ deltas: num('deltas'), rounds: num('rounds'), chunkBytes: num('chunk'), log }),
    ],
    [
      'browser',
      () =>
        runBrowserBench({
          shapes: arg('shapes') === 'none' ? [] : (arg('shapes')?.split(',') as Shape[] | undefined),
          sizes: arg('sizes')?.split(',').map(Number),
          big: num('big'),
          rounds: num('browser-rounds'),
          extras: arg('extras')?.split(','),
          log,
        }),
    ],
    ['history', async () => [await runHistoryBootBench({ log })]],
    ['static-host', () => runStaticHostBench({ deltas: num('deltas'), rounds: num('static-rounds'), log })],
    ['core', () => runCoreBench({ log })],
    ['compare', () => runCompareBench({ deltas: num('compare-deltas'), log })],
  ];
  const figures: Figure[] = [];
  const failed: string[] = [];
  for (const [name, run] of groups) {
    if (only && !only.includes(name)) continue;
    try {
      figures.push(...(await run()));
    } catch (error) {
      // One broken part must not hide the figures of the others.
      console.error(`bench ${name} failed:`, error);
      failed.push(name);
    }
  }
  const load = `load average ${loadBefore.toFixed(1)} → ${(loadavg()[0] ?? NaN).toFixed(1)} on ${cpus().length} CPUs`;
  console.log(formatTable(figures));
  console.log(`\n${load} (figures are only comparable on an otherwise idle machine)`);
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: `${cpus()[0]?.model ?? 'unknown'} ×${cpus().length}`,
    load,
    failed,
    figures: figures.map((f) => ({
      ...f,
      value: round(f.value),
      ratio: f.ratio === undefined ? undefined : round(f.ratio),
    })),
  };
  writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  console.error('wrote bench/results.json');
  if (failed.length) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
