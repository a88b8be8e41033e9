import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import {
  validVersions,
  type DraftProblem,
  type MatrixResults,
  type ToolTest,
  type VersionRecord,
} from '../../core/tools/tool-tests';

/** Why Run tests did not start: a key of the catalogue's `problems` group and its values. */
export interface RunProblem {
  key: 'request' | 'test';
  values: Record<string, string | number>;
  /** For `test`: the draft's own problem, to put in `message`. */
  detail?: DraftProblem;
}

export interface RunTarget {
  id: string;
  label: string;
}

interface TestRunState {
  status: 'idle' | 'running' | 'done' | 'stopped';
  /** The tests as they were run (labels and ids for the table). */
  tests: ToolTest[];
  targets: RunTarget[];
  results: MatrixResults;
  done: number;
  total: number;
  /** Tool-set version of this run, and the record it is compared with. */
  hash?: string;
  previous?: VersionRecord;
  /** Kept results per tool-set version (newest first), across reloads. */
  versions: VersionRecord[];
  problems: RunProblem[];
  runs: number;
  concurrency: number;
  withColumns: boolean;
  setRuns: (runs: number) => void;
  setConcurrency: (concurrency: number) => void;
  setWithColumns: (on: boolean) => void;
}

export const MAX_UI_RUNS = 20;
export const MAX_UI_CONCURRENCY = 8;
export const EDITOR_TARGET = 'editor';

const clamp = (n: number, max: number) =>
  Number.isFinite(n) ? Math.min(max, Math.max(1, Math.round(n))) : 1;

/** The last tool-test run (never persisted) and the kept versions and settings (persisted). */
export const useTestRunStore = create<TestRunState>()(
  persist(
    (set) => ({
      status: 'idle',
      tests: [],
      targets: [],
      results: {},
      done: 0,
      total: 0,
      versions: [],
      problems: [],
      runs: 1,
      concurrency: 4,
      withColumns: false,
      setRuns: (runs) => set({ runs: clamp(runs, MAX_UI_RUNS) }),
      setConcurrency: (concurrency) => set({ concurrency: clamp(concurrency, MAX_UI_CONCURRENCY) }),
      setWithColumns: (withColumns) => set({ withColumns }),
    }),
    {
      name: 'rp.toolTestRuns',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ versions: s.versions, runs: s.runs, concurrency: s.concurrency }),
      merge: (persisted, current) => {
        const p = (persisted ?? {}) as Record<string, unknown>;
        return {
          ...current,
          versions: validVersions(p.versions),
          runs: typeof p.runs === 'number' ? clamp(p.runs, MAX_UI_RUNS) : current.runs,
          concurrency:
            typeof p.concurrency === 'number'
              ? clamp(p.concurrency, MAX_UI_CONCURRENCY)
              : current.concurrency,
        };
      },
    },
  ),
);
