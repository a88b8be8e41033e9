/**
 * What is wrong with tests read from a file, a link or the panel: a message id with its values and
 * where (test, expected call), so the page words it in its language. Preset files, links and the CLI
 * still take English lines ({@link testFileProblemText}).
 */
import { fillTemplate } from '../../template';

/** English wording of each problem; the page's catalogue (`toolTests.problems.file`) has the same ids. */
const ENGLISH = {
  notList: '"tests" must be a list ([ … ]).',
  tooManyTests: '{{count}} tests; at most {{max}}.',
  notObject: 'must be an object with "input" and "expect".',
  nameInvalid: '"name" must be text of at most {{max}} characters.',
  inputEmpty: '"input" is empty.',
  inputTooLong: '"input" is longer than {{max}} characters.',
  inputNotTextOrItems: '"input" must be text or a non-empty list of input items (objects).',
  inputTooManyItems: '"input" has {{count}} items; at most {{max}}.',
  inputItemsTooLarge: '"input" is larger than {{max}} characters of JSON.',
  expectNotList: '"expect" must be a list of function names ([] for none).',
  expectTooMany: '"expect" has {{count}} entries; at most {{max}}.',
  callInvalid: 'must be a function name or {"name": …}.',
  callNameTooLong: 'the function name is longer than {{max}} characters.',
  callUnknownField: 'unknown field "{{field}}".',
  callSchemaNotObject: '"schema" must be a JSON Schema object.',
  callTooLarge: '"match" and "schema" are larger than {{max}} characters.',
  unknownField: 'ignored the unknown field "{{field}}".',
} as const;

export type TestFileProblemKey = keyof typeof ENGLISH;

export interface TestFileProblem {
  key: TestFileProblemKey;
  values: Record<string, string | number>;
  /** 1-based test number, when the problem is in one test. */
  test?: number;
  /** 1-based expected call number within that test. */
  call?: number;
}

/** A problem at `where` (a test, an expected call), with the values its message needs. */
export function problemAt(
  where: { test?: number; call?: number },
  key: TestFileProblemKey,
  values: Record<string, string | number> = {},
): TestFileProblem {
  return { key, values, ...where };
}

/** `Preset 2, test 1, expected call 1: unknown field "extra".` — the English line. */
export function testFileProblemText(label: string, problem: TestFileProblem): string {
  let where = label;
  if (problem.test !== undefined) where += `, test ${problem.test}`;
  if (problem.call !== undefined) where += `, expected call ${problem.call}`;
  return `${where}: ${fillTemplate(ENGLISH[problem.key], problem.values)}`;
}
