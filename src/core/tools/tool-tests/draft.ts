/**
 * A test as the panel edits it: the texts exactly as typed (so nothing typed is lost while it is not
 * valid yet), converted to a {@link ToolTest} when the tests run or are saved.
 */
import { isObject, type JsonObject } from '../../json';
import { err, ok, type Result } from '../../result';
import { readToolTestProblems } from './test-file';
import type { TestFileProblemKey } from './test-file-problems';
import type { ExpectedCall, ToolTest } from './types';

export interface ToolTestDraft {
  id: string;
  name: string;
  /** The input text, or the input items as JSON text when `inputIsItems`. */
  inputText: string;
  inputIsItems: boolean;
  /** Function names, comma-separated. */
  expectedText: string;
  /** Optional JSON: `{"fn": {"match": …, "schema": …}}`. */
  expectationsText: string;
}

/** Why a draft cannot run: a key of the catalogue's `problems` group and its values. */
export interface DraftProblem {
  key:
    | 'itemsNotJson'
    | 'itemsNotList'
    | 'emptyInput'
    | 'expectationsNotJson'
    | 'expectationsShape'
    | 'expectationsUnknown'
    /** What the file format's checks found (limits): `file.inputTooLong`… */
    | `file.${TestFileProblemKey}`;
  values: Record<string, string | number>;
}

/** An empty draft with this id. */
export function emptyDraft(id: string): ToolTestDraft {
  return { id, name: '', inputText: '', inputIsItems: false, expectedText: '', expectationsText: '' };
}

/** `"a, b ,,c"` → `["a", "b", "c"]` (duplicates dropped). */
export function expectedNames(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，\n]/)
        .map((name) => name.trim())
        .filter(Boolean),
    ),
  ];
}

/** The test a draft stands for, or the first thing that keeps it from running. */
export function draftToTest(draft: ToolTestDraft): Result<ToolTest, DraftProblem> {
  let input: unknown = draft.inputText;
  if (draft.inputIsItems) {
    try {
      input = JSON.parse(draft.inputText);
    } catch (e) {
      return err({ key: 'itemsNotJson', values: { message: e instanceof Error ? e.message : String(e) } });
    }
    if (!Array.isArray(input) || input.length === 0 || !input.every(isObject))
      return err({ key: 'itemsNotList', values: {} });
  } else if (draft.inputText.trim() === '') return err({ key: 'emptyInput', values: {} });

  const names = expectedNames(draft.expectedText);
  const expectations = readExpectations(draft.expectationsText, names);
  if (!expectations.ok) return expectations;
  const expect: ExpectedCall[] = names.map((name) => ({ name, ...expectations.value[name] }));
  const raw: JsonObject = { input, expect };
  if (draft.name.trim()) raw.name = draft.name.trim();
  // The same checks and limits as a file or a link: a test saved from the panel always reads back.
  const read = readToolTestProblems([raw], () => draft.id);
  if (!read.ok) {
    const first = read.error[0];
    return err(
      first
        ? { key: `file.${first.key}`, values: { call: first.call ?? 1, ...first.values } }
        : { key: 'emptyInput', values: {} },
    );
  }
  const [test] = read.value.tests;
  return test ? ok(test) : err({ key: 'emptyInput', values: {} });
}

function readExpectations(
  text: string,
  names: readonly string[],
): Result<Record<string, Omit<ExpectedCall, 'name'>>, DraftProblem> {
  if (text.trim() === '') return ok({});
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return err({
      key: 'expectationsNotJson',
      values: { message: e instanceof Error ? e.message : String(e) },
    });
  }
  if (!isObject(value)) return err({ key: 'expectationsShape', values: {} });
  const out: Record<string, Omit<ExpectedCall, 'name'>> = {};
  for (const [name, spec] of Object.entries(value)) {
    if (!names.includes(name)) return err({ key: 'expectationsUnknown', values: { name } });
    if (!isObject(spec) || Object.keys(spec).some((k) => k !== 'match' && k !== 'schema'))
      return err({ key: 'expectationsShape', values: {} });
    const entry: Omit<ExpectedCall, 'name'> = {};
    if (spec.match !== undefined) entry.match = spec.match;
    if (spec.schema !== undefined) entry.schema = spec.schema;
    out[name] = entry;
  }
  return ok(out);
}

/** The draft that edits `test` (texts pretty-printed). */
export function testToDraft(test: ToolTest): ToolTestDraft {
  const expectations: JsonObject = {};
  for (const call of test.expect) {
    if (call.match === undefined && call.schema === undefined) continue;
    const entry: JsonObject = {};
    if (call.match !== undefined) entry.match = call.match;
    if (call.schema !== undefined) entry.schema = call.schema;
    expectations[call.name] = entry;
  }
  const items = typeof test.input !== 'string';
  return {
    id: test.id,
    name: test.name ?? '',
    inputText: items ? JSON.stringify(test.input, null, 2) : (test.input as string),
    inputIsItems: items,
    expectedText: test.expect.map((call) => call.name).join(', '),
    expectationsText: Object.keys(expectations).length > 0 ? JSON.stringify(expectations, null, 2) : '',
  };
}

/** Every draft as a test, or each failing draft's index (0-based) and problem. */
export function draftsToTests(
  drafts: readonly ToolTestDraft[],
): Result<ToolTest[], { index: number; problem: DraftProblem }[]> {
  const tests: ToolTest[] = [];
  const problems: { index: number; problem: DraftProblem }[] = [];
  drafts.forEach((draft, index) => {
    const test = draftToTest(draft);
    if (test.ok) tests.push(test.value);
    else problems.push({ index, problem: test.error });
  });
  return problems.length > 0 ? err(problems) : ok(tests);
}
