/**
 * Summarizes what BENCH_PROFILE wrote: `tsx bench/profile-summary.ts <dir>/app-1` prints the
 * main thread's time by trace event (script, style, layout, paint, GC) and the JS functions with
 * the most self time (from the .cpuprofile), so a slow shape shows where its time goes.
 */
import { readFileSync } from 'node:fs';

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const base = process.argv[2];
if (!base) throw new Error('usage: tsx bench/profile-summary.ts <dir>/app-N');
const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);

const trace = JSON.parse(readFileSync(`${base}.trace.json`, 'utf8')) as { traceEvents: TraceEvent[] };
const events = trace.traceEvents;
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const byName = new Map<string, number>();
for (const e of events) {
  if (!main || e.tid !== main.tid || e.pid !== main.pid || e.ph !== 'X' || !e.dur) continue;
  byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
}
console.log('main thread, by trace event (ms, nested events counted in their parents too):');
for (const [name, ms] of top(byName, 18)) console.log(`  ${ms.toFixed(0).padStart(7)}  ${name}`);

const profile = JSON.parse(readFileSync(`${base}.cpuprofile`, 'utf8')) as Profile;
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const frame = nodes.get(id)?.callFrame;
  if (!frame) return;
  const file = frame.url.split('/').at(-1) ?? '';
  const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});
console.log('\nJS self time (ms):');
for (const [name, ms] of top(self, 30)) console.log(`  ${ms.toFixed(0).padStart(7)}  ${name}`);
