/** The browser runs → table figures (medians over rounds; worst round for the limits). */
import type { RunResult } from './browser-runs';
import { median, percentile, type Figure } from './stats';

const worst = (runs: RunResult[], of: (run: RunResult) => number) => Math.max(...runs.map(of));

/** The 100k-delta stream: the app against the bare page. */
export function streamFigures(appRuns: RunResult[], bareRuns: RunResult[], deltas: number): Figure[] {
  const group = 'browser';
  const rounds = appRuns.length;
  const bareMs = median(bareRuns.map((r) => r.wallMs));
  const appMs = median(appRuns.map((r) => r.wallMs));
  const statusMs = median(appRuns.map((r) => (r.probe.endedAt ?? NaN) - (r.probe.clickAt ?? NaN)));
  const tasks = appRuns.flatMap((r) => r.longTasks);
  const over100 = worst(appRuns, (r) => r.longTasks.filter((ms) => ms > 100).length);
  const heap = worst(appRuns, (r) => r.heapMb);
  return [
    {
      group,
      name: 'bare page: fetch + split + parse + write once',
      value: bareMs,
      unit: 'ms',
      ratio: 1,
      note: `${deltas} deltas from the demo backend, median of ${rounds} rounds (after a warm-up)`,
    },
    {
      group,
      name: 'app: click Send → completed, all text shown',
      value: appMs,
      unit: 'ms',
      ratio: appMs / bareMs,
      target: '≤ 2× bare',
      pass: appMs <= 2 * bareMs,
      note: 'until the status says completed and every block of the answer is rendered Markdown',
    },
    {
      group,
      name: 'app: click Send → status completed',
      value: statusMs,
      unit: 'ms',
      ratio: statusMs / bareMs,
    },
    {
      group,
      name: 'app: main-thread tasks > 100 ms while streaming',
      value: over100,
      unit: 'tasks',
      target: '0',
      pass: over100 === 0,
      note: `worst round; longest task ${Math.max(0, ...tasks).toFixed(0)} ms; ${tasks.length} tasks > 50 ms in ${rounds} rounds`,
    },
    {
      group,
      name: 'app: longest gap between frames while streaming',
      value: median(appRuns.map((r) => r.probe.maxFrameGap)),
      unit: 'ms',
    },
    { group, name: 'app: JS heap after GC', value: heap, unit: 'MB', target: '< 150 MB', pass: heap < 150 },
    { group, name: 'bare page: JS heap after GC', value: worst(bareRuns, (r) => r.heapMb), unit: 'MB' },
    {
      group,
      name: 'bare page: tasks > 50 ms while streaming',
      value: worst(bareRuns, (r) => r.longTasks.length),
      unit: 'tasks',
    },
  ];
}

/** The paced stream: from a delta's arrival (teed fetch body) to its marker in the Output DOM. */
export function pacedFigures(run: RunResult, deltas: number, perSecond: number): Figure[] {
  const { arrivals, shown } = run.probe;
  const latencies: number[] = [];
  for (let n = 1; n <= deltas; n++) {
    const arrived = arrivals[n];
    const seen = shown[n];
    if (arrived !== undefined && seen !== undefined) latencies.push(seen - arrived);
  }
  if (latencies.length < deltas)
    throw new Error(`paced: only ${latencies.length} of ${deltas} markers were seen arriving and on screen`);
  const group = 'paced';
  const p95 = percentile(latencies, 95);
  return [
    {
      group,
      name: 'delta arrival → on screen, p50',
      value: percentile(latencies, 50),
      unit: 'ms',
      note: `${deltas} deltas at ${perSecond}/s; "on screen" = first MutationObserver callback that sees the marker in Output`,
    },
    {
      group,
      name: 'delta arrival → on screen, p95',
      value: p95,
      unit: 'ms',
      target: '< 50 ms',
      pass: p95 < 50,
    },
    { group, name: 'delta arrival → on screen, max', value: Math.max(...latencies), unit: 'ms' },
    {
      group,
      name: 'app: main-thread tasks > 50 ms while streaming',
      value: run.longTasks.length,
      unit: 'tasks',
    },
  ];
}
