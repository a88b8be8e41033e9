/**
 * Before and after: results are kept per tool-set version (see {@link toolSetHash}), so a re-run after
 * a schema edit can say which tests got better or worse than under the previous version.
 */
import { isObject } from '../../json';
import { rowReason } from './summary';
import { reasonMessage, type ReasonMessage } from './reason-message';
import type { TestResult } from './types';

/** What is kept of one test's result: enough to compare and to say why, not every call. */
export interface KeptResult {
  passed: number;
  runs: number;
  why?: ReasonMessage;
}

/** One run of the tests under one tool-set version. Results per target id, then per test id. */
export interface VersionRecord {
  hash: string;
  at: number;
  results: Record<string, Record<string, KeptResult>>;
}

/** How many versions are kept (the newest). */
export const KEPT_VERSIONS = 12;

/** Keeps only what is compared later. */
export function keepResults(results: readonly TestResult[]): Record<string, KeptResult> {
  const kept: Record<string, KeptResult> = {};
  for (const result of results) {
    if (result.runs.length === 0) continue;
    const entry: KeptResult = { passed: result.passed, runs: result.runs.length };
    const why = rowReason(result);
    if (why) entry.why = reasonMessage(why.reason);
    kept[result.testId] = entry;
  }
  return kept;
}

/** `history` with `record` as the newest entry (replacing the same version's older one), bounded. */
export function recordVersion(history: readonly VersionRecord[], record: VersionRecord): VersionRecord[] {
  return [record, ...history.filter((v) => v.hash !== record.hash)].slice(0, KEPT_VERSIONS);
}

/** The newest record of another version than `hash`: what "before" means for this run. */
export function previousVersion(history: readonly VersionRecord[], hash: string): VersionRecord | undefined {
  return [...history].sort((a, b) => b.at - a.at).find((v) => v.hash !== hash);
}

export type Change = 'better' | 'worse' | 'same' | 'new';

/** How a test moved between versions, by pass rate. */
export function compareResult(before: KeptResult | undefined, after: KeptResult): Change {
  if (!before || before.runs === 0) return 'new';
  const delta = after.passed / after.runs - before.passed / before.runs;
  if (Math.abs(delta) < 1e-9) return 'same';
  return delta > 0 ? 'better' : 'worse';
}

/** Counts of better/worse/same/new tests between two sets of kept results. */
export function compareVersions(
  before: Record<string, KeptResult> | undefined,
  after: Record<string, KeptResult>,
): Record<Change, number> {
  const counts: Record<Change, number> = { better: 0, worse: 0, same: 0, new: 0 };
  for (const [id, result] of Object.entries(after)) counts[compareResult(before?.[id], result)]++;
  return counts;
}

/** Records read from storage: well-formed ones only (storage is an edge). */
export function validVersions(value: unknown): VersionRecord[] {
  if (!Array.isArray(value)) return [];
  const out: VersionRecord[] = [];
  for (const v of value.slice(0, KEPT_VERSIONS)) {
    if (!isObject(v) || typeof v.hash !== 'string' || typeof v.at !== 'number' || !isObject(v.results))
      continue;
    const results: VersionRecord['results'] = {};
    for (const [target, byTest] of Object.entries(v.results)) {
      if (!isObject(byTest)) continue;
      results[target] = {};
      for (const [id, kept] of Object.entries(byTest)) if (isKept(kept)) results[target][id] = kept;
    }
    out.push({ hash: v.hash, at: v.at, results });
  }
  return out;
}

function isKept(value: unknown): value is KeptResult {
  return (
    isObject(value) &&
    Number.isInteger(value.passed) &&
    Number.isInteger(value.runs) &&
    (value.passed as number) >= 0 &&
    (value.runs as number) >= (value.passed as number) &&
    (value.why === undefined ||
      (isObject(value.why) && typeof value.why.key === 'string' && isObject(value.why.values)))
  );
}
