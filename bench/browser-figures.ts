/** The browser runs → table figures: medians over rounds with their min and max. */
import type { RunResult } from './browser-runs';
import { percentile, spread, type Figure } from './stats';

const worst = (runs: RunResult[], of: (run: RunResult) => number) => Math.max(...runs.map(of));

export interface ShapeRuns {
  shape: string;
  deltas: number;
  app: RunResult[];
  bare: RunResult[];
}

/** One shape at one size: the app against the bare page on the same bytes, wall time and CPU. */
export function shapeFigures({ shape, deltas, app, bare }: ShapeRuns): Figure[] {
  const group = `${shape} ${deltas / 1000}k`;
  const bareWall = spread(bare.map((r) => r.wallMs));
  const appWall = spread(app.map((r) => r.wallMs));
  const bareCpu = spread(bare.map((r) => r.cpuMs));
  const appCpu = spread(app.map((r) => r.cpuMs));
  const wallRatios = app.map((r, i) => r.wallMs / (bare[i]?.wallMs ?? NaN));
  const cpuRatios = app.map((r, i) => r.cpuMs / (bare[i]?.cpuMs ?? NaN));
  const longest = worst(app, (r) => Math.max(0, ...r.longTasks));
  const heap = worst(app, (r) => r.heapMb);
  const big = deltas >= 300_000;
  const gated = deltas >= 100_000;
  const wallTarget = big ? 2 : 1.5;
  const wallRatio = spread(wallRatios).value;
  const cpuRatio = spread(cpuRatios).value;
  return [
    { group, name: 'bare page: wall', unit: 'ms', ...bareWall, ratio: 1 },
    {
      group,
      name: 'app: wall, Send → all text drawn',
      unit: 'ms',
      ...appWall,
      ratio: wallRatio,
      ...(gated && { target: `≤ ${wallTarget}× bare`, pass: wallRatio <= wallTarget }),
    },
    { group, name: 'bare page: main-thread CPU', unit: 'ms', ...bareCpu, ratio: 1 },
    {
      group,
      name: 'app: main-thread CPU',
      unit: 'ms',
      ...appCpu,
      ratio: cpuRatio,
      ...(gated && !big && { target: '≤ 2× bare', pass: cpuRatio <= 2 }),
    },
    {
      group,
      name: 'app: longest task (worst round)',
      unit: 'ms',
      value: longest,
      ...(gated && !big && { target: '≤ 50 ms', pass: longest <= 50 }),
      note: `${app.flatMap((r) => r.longTasks).length} tasks > 50 ms in ${app.length} rounds`,
    },
    {
      group,
      name: 'app: JS heap after GC (worst round)',
      unit: 'MB',
      value: heap,
      ...(big && { target: '≤ 150 MB', pass: heap <= 150 }),
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
  ];
}
