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
 * warning; anything malformed is an error and nothing is read.
 */
export function readToolTests(
  value: unknown,
  label: string,
  newId: () => string,
): Result<{ tests: ToolTest[]; warnings: string[] }, string[]> {
  if (!Array.isArray(value)) return err([`${label}: "tests" must be a list ([ … ]).`]);
  if (value.length > TOOL_TEST_LIMITS.tests)
    return err([`${label}: ${value.length} tests; at most ${TOOL_TEST_LIMITS.tests}.`]);
  const errors: string[] = [];
  const warnings: string[] = [];
  const tests: ToolTest[] = [];
  value.forEach((raw, index) => {
    const where = `${label}, test ${index + 1}`;
    const test = readTest(raw, where, warnings);
    if (test.ok) tests.push({ id: newId(), ...test.value });
    else errors.push(...test.error);
  });
  return errors.length > 0 ? err(errors) : ok({ tests, warnings });
}

function readTest(raw: unknown, where: string, warnings: string[]): Result<Omit<ToolTest, 'id'>, string[]> {
  if (!isObject(raw)) return err([`${where}: must be an object with "input" and "expect".`]);
  const errors: string[] = [];
  const name = raw.name;
  if (name !== undefined && (typeof name !== 'string' || name.length > TOOL_TEST_LIMITS.nameChars))
    errors.push(`${where}: "name" must be text of at most ${TOOL_TEST_LIMITS.nameChars} characters.`);
  const input = readInput(raw.input, where);
  if (!input.ok) errors.push(input.error);
  const expect = readExpected(raw.expect, where);
  if (!expect.ok) errors.push(...expect.error);
  for (const key of Object.keys(raw))
    if (!KNOWN_TEST_FIELDS.has(key)) warnings.push(`${where}: ignored the unknown field "${key}".`);
  if (!input.ok || !expect.ok || errors.length > 0) return err(errors);
  const test: Omit<ToolTest, 'id'> = { input: input.value, expect: expect.value };
  if (typeof name === 'string' && name.trim()) test.name = name.trim();
  return ok(test);
}

function readInput(raw: unknown, where: string): Result<TestInput> {
  if (typeof raw === 'string') {
    if (raw.trim() === '') return err(`${where}: "input" is empty.`);
    return raw.length > TOOL_TEST_LIMITS.inputChars
      ? err(`${where}: "input" is longer than ${TOOL_TEST_LIMITS.inputChars} characters.`)
      : ok(raw);
  }
  if (!Array.isArray(raw) || raw.length === 0 || !raw.every(isObject))
    return err(`${where}: "input" must be text or a non-empty list of input items (objects).`);
  if (raw.length > TOOL_TEST_LIMITS.inputItems)
    return err(`${where}: "input" has ${raw.length} items; at most ${TOOL_TEST_LIMITS.inputItems}.`);
  if (JSON.stringify(raw).length > TOOL_TEST_LIMITS.inputItemsChars)
    return err(`${where}: "input" is larger than ${TOOL_TEST_LIMITS.inputItemsChars} characters of JSON.`);
  return ok(raw);
}

function readExpected(raw: unknown, where: string): Result<ExpectedCall[], string[]> {
  if (!Array.isArray(raw)) return err([`${where}: "expect" must be a list of function names ([] for none).`]);
  if (raw.length > TOOL_TEST_LIMITS.expected)
    return err([`${where}: "expect" has ${raw.length} entries; at most ${TOOL_TEST_LIMITS.expected}.`]);
  const errors: string[] = [];
  const calls: ExpectedCall[] = [];
  for (const [i, entry] of raw.entries()) {
    const at = `${where}, expected call ${i + 1}`;
    const call = typeof entry === 'string' ? { name: entry } : isObject(entry) ? entry : undefined;
    if (!call || typeof call.name !== 'string' || !call.name.trim()) {
      errors.push(`${at}: must be a function name or {"name": …}.`);
      continue;
    }
    if (call.name.length > TOOL_TEST_LIMITS.functionNameChars) {
      errors.push(
        `${at}: the function name is longer than ${TOOL_TEST_LIMITS.functionNameChars} characters.`,
      );
      continue;
    }
    const out: ExpectedCall = { name: call.name.trim() };
    for (const key of Object.keys(call))
      if (!KNOWN_CALL_FIELDS.has(key)) errors.push(`${at}: unknown field "${key}".`);
    if ('match' in call && call.match !== undefined) out.match = call.match;
    if ('schema' in call && call.schema !== undefined) {
      if (typeof call.schema !== 'boolean' && !isObject(call.schema))
        errors.push(`${at}: "schema" must be a JSON Schema object.`);
      else out.schema = call.schema;
    }
    if (JSON.stringify([out.match, out.schema]).length > TOOL_TEST_LIMITS.expectationChars)
      errors.push(
        `${at}: "match" and "schema" are larger than ${TOOL_TEST_LIMITS.expectationChars} characters.`,
      );
    calls.push(out);
  }
  return errors.length > 0 ? err(errors) : ok(calls);
}
