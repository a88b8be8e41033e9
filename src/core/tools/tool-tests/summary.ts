import type { FailReason, RunResult, TestResult } from './types';

/** A test's runs so far out of `total` asked for: passes counted; it passes when all `total` did. */
export function summarizeRuns(testId: string, runs: RunResult[], total: number): TestResult {
  const passed = runs.filter((r) => r.pass).length;
  return { testId, runs, passed, total, pass: total > 0 && runs.length === total && passed === total };
}

/** Passed runs over finished runs (0 to 1); undefined before any run finished. */
export function passRate(result: Pick<TestResult, 'runs' | 'passed'>): number | undefined {
  return result.runs.length === 0 ? undefined : result.passed / result.runs.length;
}

/**
 * Why a test failed, in one line's worth of data: the first reason of its first failing run, and
 * how many runs failed (the row says "2 of 5 runs failed: …" when some passed).
 */
export function rowReason(result: TestResult): { reason: FailReason; failed: number } | undefined {
  const failing = result.runs.filter((r) => !r.pass);
  const reason = failing[0]?.reasons[0];
  return reason ? { reason, failed: failing.length } : undefined;
}

/** Sum of the tokens of every finished run, and the median latency; for the table's last columns. */
export function runFigures(result: TestResult): { tokens?: number; latencyMs?: number } {
  const tokens = result.runs.reduce<number | undefined>((sum, r) => {
    const total = r.usage?.totalTokens ?? sumDefined(r.usage?.inputTokens, r.usage?.outputTokens);
    return total === undefined ? sum : (sum ?? 0) + total;
  }, undefined);
  const latencies = result.runs.map((r) => r.latencyMs).filter((ms): ms is number => ms !== undefined);
  latencies.sort((a, b) => a - b);
  const figures: { tokens?: number; latencyMs?: number } = {};
  if (tokens !== undefined) figures.tokens = tokens;
  if (latencies.length > 0) figures.latencyMs = latencies[Math.floor((latencies.length - 1) / 2)];
  return figures;
}

function sumDefined(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined && b === undefined ? undefined : (a ?? 0) + (b ?? 0);
}
