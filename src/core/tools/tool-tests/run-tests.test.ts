import { describe, expect, it } from 'vitest';
import { validateJsonText } from '../validate';
import { runToolTests, type SendOnce } from './run-tests';
import { passRate, rowReason, runFigures } from './summary';
import { testRequestText } from './test-request';
import type { RunOutcome, ToolTest, ValidateJson } from './types';

const validate: ValidateJson = (schema, text) => Promise.resolve(validateJsonText(schema, text));
const REQUEST_TEXT = `{
  "model": "gpt-4.1",
  "input": "editor input",
  "previous_response_id": "resp_1",
  "temperature": 1.50,
  "tools": [{ "type": "function", "name": "f", "parameters": { "type": "object", "properties": { "n": { "type": "integer" } } } }]
}`;
const TESTS: ToolTest[] = [
  { id: 'a', input: 'call f', expect: [{ name: 'f' }] },
  { id: 'b', input: [{ role: 'user', content: 'small talk' }], expect: [] },
];

/** Calls f for inputs that say "call f"; answers text otherwise. Records the bodies and the peak load. */
function fakeModel(args = '{"n":1}') {
  const bodies: string[] = [];
  let inFlight = 0;
  let peak = 0;
  const release: (() => void)[] = [];
  const send: SendOnce = async (body) => {
    bodies.push(body);
    inFlight++;
    peak = Math.max(peak, inFlight);
    await new Promise<void>((resolve) => release.push(resolve));
    inFlight--;
    const calls = body.includes('call f') ? [{ name: 'f', arguments: args }] : [];
    const outcome: RunOutcome = { status: 'completed', calls, latencyMs: 10, usage: { totalTokens: 5 } };
    return outcome;
  };
  // Lets queued requests answer one macrotask at a time, so the pool's limit is what caps the load.
  const drive = async (until: Promise<unknown>) => {
    let done = false;
    void until.then(() => (done = true));
    while (!done) {
      release.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { send, bodies, drive, peak: () => peak };
}

describe('runToolTests', () => {
  it('sends the editor request per test with input replaced, N runs each, within the concurrency limit', async () => {
    const model = fakeModel();
    const progress: number[] = [];
    const run = runToolTests({
      requestText: REQUEST_TEXT,
      tests: TESTS,
      targets: [{ id: 'editor', label: 'Editor', send: model.send }],
      runs: 3,
      concurrency: 2,
      validate,
      onProgress: (r) => progress.push(r.editor?.reduce((n, t) => n + t.runs.length, 0) ?? 0),
    });
    await model.drive(run);
    const results = (await run).editor ?? [];
    expect(model.bodies).toHaveLength(6);
    expect(model.peak()).toBe(2);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
    expect(results.map((r) => [r.testId, r.passed, r.total, r.pass])).toEqual([
      ['a', 3, 3, true],
      ['b', 3, 3, true],
    ]);
    expect(runFigures(results[0]!)).toEqual({ tokens: 15, latencyMs: 10 });
    const first = JSON.parse(model.bodies[0]!) as Record<string, unknown>;
    expect(first.input).toBe('call f');
    expect(first.previous_response_id).toBeUndefined();
    // Everything else is the editor's text, byte for byte.
    expect(model.bodies[0]).toContain('"temperature": 1.50');
    expect(JSON.parse(model.bodies[1]!)).toMatchObject({ input: [{ role: 'user', content: 'small talk' }] });
  });

  it('gives a pass rate over N runs and a one-line reason for the failing ones', async () => {
    let call = 0;
    const flaky: SendOnce = () =>
      Promise.resolve({
        status: 'completed',
        calls:
          call++ % 2 === 0 ? [{ name: 'f', arguments: '{"n":"x"}' }] : [{ name: 'f', arguments: '{"n":2}' }],
      });
    const results = await runToolTests({
      requestText: REQUEST_TEXT,
      tests: [TESTS[0]!],
      targets: [{ id: 'editor', label: 'Editor', send: flaky }],
      runs: 4,
      concurrency: 1,
      validate,
    });
    const result = results.editor![0]!;
    expect([result.passed, result.pass, passRate(result)]).toEqual([2, false, 0.5]);
    expect(rowReason(result)).toMatchObject({ failed: 2, reason: { code: 'invalid-arguments', name: 'f' } });
  });

  it('runs a matrix: every test on every target, each with its own model', async () => {
    const seen: Record<string, string[]> = { a: [], b: [] };
    const target = (id: string, model: string) => ({
      id,
      label: id,
      model,
      send: (body: string) => {
        seen[id]!.push((JSON.parse(body) as { model: string }).model);
        return Promise.resolve<RunOutcome>({
          status: 'completed',
          calls: id === 'a' ? [{ name: 'f', arguments: '{}' }] : [],
        });
      },
    });
    const results = await runToolTests({
      requestText: REQUEST_TEXT,
      tests: [TESTS[0]!],
      targets: [target('a', 'model-a'), target('b', 'model-b')],
      runs: 1,
      concurrency: 4,
      validate,
    });
    expect(seen).toEqual({ a: ['model-a'], b: ['model-b'] });
    expect([results.a![0]!.pass, results.b![0]!.pass]).toEqual([true, false]);
  });

  it('stops starting runs on abort and does not count aborted ones', async () => {
    const controller = new AbortController();
    let sent = 0;
    const send: SendOnce = (_body, signal) => {
      sent++;
      if (sent === 2) controller.abort();
      return Promise.resolve({ status: signal.aborted ? 'cancelled' : 'completed', calls: [] });
    };
    const results = await runToolTests({
      requestText: REQUEST_TEXT,
      tests: [TESTS[1]!],
      targets: [{ id: 'editor', label: 'Editor', send }],
      runs: 5,
      concurrency: 1,
      validate,
      signal: controller.signal,
    });
    expect(sent).toBe(2);
    expect(results.editor![0]).toMatchObject({ passed: 1, total: 5, pass: false });
  });

  it('counts a send that rejects as a failed run', async () => {
    const results = await runToolTests({
      requestText: REQUEST_TEXT,
      tests: [TESTS[1]!],
      targets: [{ id: 'e', label: 'e', send: () => Promise.reject(new Error('boom')) }],
      runs: 1,
      concurrency: 1,
      validate,
    });
    expect(results.e![0]!.runs[0]!.reasons[0]).toEqual({ code: 'error', message: 'Error: boom' });
  });
});

describe('testRequestText', () => {
  it('sets input and model, drops the chain, keeps the rest', () => {
    const text = testRequestText(REQUEST_TEXT, 'hi', 'other');
    expect(JSON.parse(text)).toMatchObject({ model: 'other', input: 'hi', temperature: 1.5 });
    expect(text).not.toContain('previous_response_id');
    expect(JSON.parse(testRequestText('{"model":"m","conversation":"c"}', 'x'))).toEqual({
      model: 'm',
      input: 'x',
    });
  });
});
