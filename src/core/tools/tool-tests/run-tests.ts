import { parseRequestText } from '../../request/parse-request';
import { judgeRun } from './judge';
import { summarizeRuns } from './summary';
import { testRequestText } from './test-request';
import type { RunOutcome, RunResult, TestResult, ToolTest, ValidateJson } from './types';

/** Sends one request body and reports what came back. Should not reject (a rejection counts as an error). */
export type SendOnce = (body: string, signal: AbortSignal) => Promise<RunOutcome>;

/** Where tests run: the editor's connection, or one Compare column (its own endpoint and model). */
export interface TestTarget {
  id: string;
  label: string;
  /** Replaces the request's `model` for this target. */
  model?: string;
  /**
   * This target's own request (e.g. a Compare column's, with its overrides), in place of the
   * editor's; its tools are the ones arguments are checked against.
   */
  requestText?: string;
  send: SendOnce;
}

/** Results per target id, each in the order of the tests. */
export type MatrixResults = Record<string, TestResult[]>;

export interface RunToolTestsOptions {
  /** The editor's request text (valid JSON); each test replaces its `input`. */
  requestText: string;
  tests: readonly ToolTest[];
  targets: readonly TestTarget[];
  /** Runs per test and target (at least 1). */
  runs: number;
  /** Most requests in flight at once (at least 1). */
  concurrency: number;
  validate: ValidateJson;
  /** Stops starting runs and aborts the ones in flight; aborted runs are not counted. */
  signal?: AbortSignal;
  /** After every finished run: all results so far (a new object each time). */
  onProgress?: (results: MatrixResults) => void;
}

interface Task {
  target: TestTarget;
  test: ToolTest;
  testIndex: number;
}

/**
 * Runs every test `runs` times on every target, at most `concurrency` requests at a time, judging
 * each run against the tools of the request (see {@link judgeRun}). Runs are interleaved (run 1 of
 * every test on every target first), so an early Stop still covers every test.
 *
 * @throws Error when a request text is not a valid request (callers check it first)
 */
export async function runToolTests(options: RunToolTestsOptions): Promise<MatrixResults> {
  const requests = new Map<string, { text: string; value: unknown }>();
  for (const target of options.targets) {
    const text = target.requestText ?? options.requestText;
    const parsed = parseRequestText(text);
    if (!parsed.ok)
      throw new Error(`The request of ${target.label} is not valid JSON: ${parsed.error.message}`);
    requests.set(target.id, { text, value: parsed.value });
  }
  const runs = Math.max(1, Math.floor(options.runs));
  const signal = options.signal ?? new AbortController().signal;
  const finished = new Map<string, RunResult[][]>(
    options.targets.map((target) => [target.id, options.tests.map(() => [])]),
  );
  const snapshot = (): MatrixResults =>
    Object.fromEntries(
      options.targets.map((target) => [
        target.id,
        options.tests.map((test, i) => summarizeRuns(test.id, finished.get(target.id)?.[i] ?? [], runs)),
      ]),
    );

  const tasks: Task[] = [];
  for (let r = 0; r < runs; r++)
    for (const target of options.targets)
      options.tests.forEach((test, testIndex) => tasks.push({ target, test, testIndex }));

  const runTask = async ({ target, test, testIndex }: Task) => {
    const request = requests.get(target.id) ?? { text: options.requestText, value: undefined };
    const body = testRequestText(request.text, test.input, target.model);
    const outcome = await target
      .send(body, signal)
      .catch((cause: unknown): RunOutcome => ({ status: 'failed', error: String(cause), calls: [] }));
    if (signal.aborted) return;
    const result = await judgeRun(test, request.value, outcome, options.validate);
    if (signal.aborted) return;
    finished.get(target.id)?.[testIndex]?.push(result);
    options.onProgress?.(snapshot());
  };

  await pool(tasks, Math.max(1, Math.floor(options.concurrency)), signal, runTask);
  return snapshot();
}

/** Runs `work` on every item with at most `limit` at once; stops taking new items once `signal` aborts. */
export async function pool<T>(
  items: readonly T[],
  limit: number,
  signal: AbortSignal,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !signal.aborted) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
