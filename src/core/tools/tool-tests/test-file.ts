/**
 * Tool tests as they travel in preset files, share links and playground.json (docs/preset-format.md):
 *
 * ```json
 * "tests": [
 *   { "name": "weather", "input": "Weather in Paris?", "expect": ["get_weather"] },
 *   { "input": [{ "role": "user", "content": "Mail Ann" }],
 *     "expect": [{ "name": "send_email", "match": { "to": "ann@example.com" }, "schema": { … } }] },
 *   { "input": "Tell me a joke", "expect": [] }
 * ]
 * ```
 */
import { isObject, type JsonObject } from '../../json';
import { err, ok, type Result } from '../../result';
import { problemAt, testFileProblemText, type TestFileProblem } from './test-file-problems';
import type { ExpectedCall, TestInput, ToolTest } from './types';

/** Limits on import, so a hostile file or link cannot flood storage or the UI. */
export const TOOL_TEST_LIMITS = {
  tests: 200,
  nameChars: 120,
  inputChars: 20_000,
  inputItems: 100,
  inputItemsChars: 100_000,
  expected: 32,
  functionNameChars: 128,
  expectationChars: 20_000,
} as const;

const KNOWN_TEST_FIELDS = new Set(['name', 'input', 'expect']);
const KNOWN_CALL_FIELDS = new Set(['name', 'match', 'schema']);

let idCounter = 0;

/** A fresh local id for a test (unique across sessions: tests are kept in storage). */
export function newTestId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `test-${Date.now().toString(36)}-${(++idCounter).toString(36)}`;
}

/** The file form of tests (ids dropped; an expected call without expectations is just its name). */
export function toolTestsToJson(tests: readonly ToolTest[]): JsonObject[] {
  return tests.map((test) => {
    const out: JsonObject = {};
    if (test.name) out.name = test.name;
    out.input = test.input;
    out.expect = test.expect.map((call) => {
      if (call.match === undefined && call.schema === undefined) return call.name;
      const entry: JsonObject = { name: call.name };
      if (call.match !== undefined) entry.match = call.match;
      if (call.schema !== undefined) entry.schema = call.schema;
      return entry;
    });
    return out;
  });
}

/**
 * Reads and bounds-checks tests from a file, a link or storage. `label` prefixes messages
 * (`Preset 2 ("Weather")`); `newId` gives each test its local id. Unknown fields are dropped with a
 * warning; anything malformed is an error and nothing is read. Messages in English (files, links,
 * the CLI); {@link readToolTestProblems} gives them as ids for the page.
 */
export function readToolTests(
  value: unknown,
  label: string,
  newId: () => string,
): Result<{ tests: ToolTest[]; warnings: string[] }, string[]> {
  const read = readToolTestProblems(value, newId);
  const text = (problems: TestFileProblem[]) => problems.map((p) => testFileProblemText(label, p));
  return read.ok
    ? ok({ tests: read.value.tests, warnings: text(read.value.warnings) })
    : err(text(read.error));
}

/** {@link readToolTests} with every problem and warning as a message id, its values and where. */
export function readToolTestProblems(
  value: unknown,
  newId: () => string,
): Result<{ tests: ToolTest[]; warnings: TestFileProblem[] }, TestFileProblem[]> {
  if (!Array.isArray(value)) return err([problemAt({}, 'notList')]);
  if (value.length > TOOL_TEST_LIMITS.tests)
    return err([problemAt({}, 'tooManyTests', { count: value.length, max: TOOL_TEST_LIMITS.tests })]);
  const errors: TestFileProblem[] = [];
  const warnings: TestFileProblem[] = [];
  const tests: ToolTest[] = [];
  value.forEach((raw, index) => {
    const test = readTest(raw, { test: index + 1 }, warnings);
    if (test.ok) tests.push({ id: newId(), ...test.value });
    else errors.push(...test.error);
  });
  return errors.length > 0 ? err(errors) : ok({ tests, warnings });
}

type Where = { test: number };

function readTest(
  raw: unknown,
  where: Where,
  warnings: TestFileProblem[],
): Result<Omit<ToolTest, 'id'>, TestFileProblem[]> {
  if (!isObject(raw)) return err([problemAt(where, 'notObject')]);
  const errors: TestFileProblem[] = [];
  const name = raw.name;
  if (name !== undefined && (typeof name !== 'string' || name.length > TOOL_TEST_LIMITS.nameChars))
    errors.push(problemAt(where, 'nameInvalid', { max: TOOL_TEST_LIMITS.nameChars }));
  const input = readInput(raw.input, where);
  if (!input.ok) errors.push(input.error);
  const expect = readExpected(raw.expect, where);
  if (!expect.ok) errors.push(...expect.error);
  for (const key of Object.keys(raw))
    if (!KNOWN_TEST_FIELDS.has(key)) warnings.push(problemAt(where, 'unknownField', { field: key }));
  if (!input.ok || !expect.ok || errors.length > 0) return err(errors);
  const test: Omit<ToolTest, 'id'> = { input: input.value, expect: expect.value };
  if (typeof name === 'string' && name.trim()) test.name = name.trim();
  return ok(test);
}

function readInput(raw: unknown, where: Where): Result<TestInput, TestFileProblem> {
  const { inputChars, inputItems, inputItemsChars } = TOOL_TEST_LIMITS;
  if (typeof raw === 'string') {
    if (raw.trim() === '') return err(problemAt(where, 'inputEmpty'));
    return raw.length > inputChars ? err(problemAt(where, 'inputTooLong', { max: inputChars })) : ok(raw);
  }
  if (!Array.isArray(raw) || raw.length === 0 || !raw.every(isObject))
    return err(problemAt(where, 'inputNotTextOrItems'));
  if (raw.length > inputItems)
    return err(problemAt(where, 'inputTooManyItems', { count: raw.length, max: inputItems }));
  if (JSON.stringify(raw).length > inputItemsChars)
    return err(problemAt(where, 'inputItemsTooLarge', { max: inputItemsChars }));
  return ok(raw);
}

function readExpected(raw: unknown, where: Where): Result<ExpectedCall[], TestFileProblem[]> {
  if (!Array.isArray(raw)) return err([problemAt(where, 'expectNotList')]);
  if (raw.length > TOOL_TEST_LIMITS.expected)
    return err([problemAt(where, 'expectTooMany', { count: raw.length, max: TOOL_TEST_LIMITS.expected })]);
  const errors: TestFileProblem[] = [];
  const calls: ExpectedCall[] = [];
  for (const [i, entry] of raw.entries()) {
    const at = { ...where, call: i + 1 };
    const call = typeof entry === 'string' ? { name: entry } : isObject(entry) ? entry : undefined;
    if (!call || typeof call.name !== 'string' || !call.name.trim()) {
      errors.push(problemAt(at, 'callInvalid'));
      continue;
    }
    if (call.name.length > TOOL_TEST_LIMITS.functionNameChars) {
      errors.push(problemAt(at, 'callNameTooLong', { max: TOOL_TEST_LIMITS.functionNameChars }));
      continue;
    }
    const out: ExpectedCall = { name: call.name.trim() };
    for (const key of Object.keys(call))
      if (!KNOWN_CALL_FIELDS.has(key)) errors.push(problemAt(at, 'callUnknownField', { field: key }));
    if ('match' in call && call.match !== undefined) out.match = call.match;
    if ('schema' in call && call.schema !== undefined) {
      if (typeof call.schema !== 'boolean' && !isObject(call.schema))
        errors.push(problemAt(at, 'callSchemaNotObject'));
      else out.schema = call.schema;
    }
    if (JSON.stringify([out.match, out.schema]).length > TOOL_TEST_LIMITS.expectationChars)
      errors.push(problemAt(at, 'callTooLarge', { max: TOOL_TEST_LIMITS.expectationChars }));
    calls.push(out);
  }
  return errors.length > 0 ? err(errors) : ok(calls);
}
