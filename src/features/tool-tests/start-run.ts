import type { Endpoint } from '../../core/api/types';
import { parseRequestText } from '../../core/request/parse-request';
import {
  endpointSender,
  keepResults,
  previousVersion,
  recordVersion,
  runToolTests,
  toolSetHash,
  type MatrixResults,
  type TestTarget,
  type ValidateJson,
} from '../../core/tools/tool-tests';
import { selectEndpoint, useConnectionStore } from '../../state/connection';
import { selectToolTests, useToolTestsStore } from '../../state/tool-tests';
import { useWorkspaceStore } from '../../state/workspace';
import { checkJsonText } from '../tool-builder';
import { EDITOR_TARGET, useTestRunStore, type RunProblem } from './test-run-store';

/**
 * A place to run the tests besides the editor's connection: a Compare column (its endpoint, key and
 * model). The small interface Compare connects to; see ToolTestsPanel's `columns`.
 */
export interface TestColumn {
  id: string;
  label: string;
  endpoint: Endpoint;
  /** Replaces the request's model; empty or absent keeps it. */
  model?: string;
  /** The column's own request (the editor's with its overrides), when it differs. */
  requestText?: string;
}

/** Ajv in the validation worker: the page's CSP forbids the `new Function` it compiles with. */
const validate: ValidateJson = (schema, text) => checkJsonText(schema, text);

let controller: AbortController | undefined;

/**
 * Runs the workspace's tests with the editor's request on the editor's connection (and on every
 * column given), N runs each, and keeps the results under the tool set's version. Problems that
 * keep it from starting (invalid request JSON, a test that cannot run) go to the store instead.
 */
export async function startToolTests(columns: readonly TestColumn[] = []): Promise<void> {
  const store = useTestRunStore;
  if (store.getState().status === 'running') return;
  const requestText = useWorkspaceStore.getState().requestText;
  const parsed = parseRequestText(requestText);
  const tests = selectToolTests(useToolTestsStore.getState());
  const problems: RunProblem[] = [];
  if (!parsed.ok)
    problems.push({ key: 'request', values: { line: parsed.error.line, message: parsed.error.message } });
  if (!tests.ok)
    for (const { index, problem } of tests.error)
      problems.push({ key: 'test', values: { number: index + 1 }, detail: problem });
  if (!parsed.ok || !tests.ok) {
    store.setState({ problems });
    return;
  }

  const { runs, concurrency } = store.getState();
  const targets: TestTarget[] = [
    {
      id: EDITOR_TARGET,
      label: 'editor',
      send: endpointSender(selectEndpoint(useConnectionStore.getState())),
    },
    ...columns.map((c) => ({
      id: c.id,
      label: c.label,
      model: c.model || undefined,
      requestText: c.requestText,
      send: endpointSender(c.endpoint),
    })),
  ];
  const hash = toolSetHash(parsed.value.tools);
  controller = new AbortController();
  const signal = controller.signal;
  store.setState({
    status: 'running',
    problems: [],
    tests: tests.value,
    targets: targets.map(({ id, label }) => ({ id, label })),
    results: {},
    done: 0,
    total: tests.value.length * targets.length * runs,
    hash,
    previous: previousVersion(store.getState().versions, hash),
  });
  const count = (results: MatrixResults) =>
    Object.values(results).reduce((n, rows) => n + rows.reduce((m, r) => m + r.runs.length, 0), 0);
  const results = await runToolTests({
    requestText,
    tests: tests.value,
    targets,
    runs,
    concurrency,
    validate,
    signal,
    onProgress: (partial) => store.setState({ results: partial, done: count(partial) }),
  });
  if (signal.aborted) {
    store.setState({ status: 'stopped', results, done: count(results) });
    return;
  }
  const kept = Object.fromEntries(Object.entries(results).map(([id, rows]) => [id, keepResults(rows)]));
  store.setState((s) => ({
    status: 'done',
    results,
    done: count(results),
    versions: recordVersion(s.versions, { hash, at: Date.now(), results: kept }),
  }));
}

/** Stops a run: no new requests, the ones in flight are aborted and not counted. */
export function stopToolTests(): void {
  controller?.abort();
}
