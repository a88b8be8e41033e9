/**
 * Tool tests: a user input and the function calls a model should make for it. Types shared by the
 * matcher, the runner, the preset format, the browser panel and the CLI.
 */
import type { JsonObject } from '../../json';
import type { CheckResult, Violation } from '../validate';

/** What a test sends as the request's `input`: text, or a list of input items. */
export type TestInput = string | JsonObject[];

/**
 * A function the model must call. `match`: a JSON value the arguments must contain (objects by
 * subset, lists item by item, everything else equal). `schema`: a JSON Schema the arguments must
 * satisfy on top of the tool's own. Both apply to every call of that function.
 */
export interface ExpectedCall {
  name: string;
  match?: unknown;
  schema?: unknown;
}

export interface ToolTest {
  /** Local identity (results and before/after follow it); not part of the file format. */
  id: string;
  /** Optional label; the input stands in for it. */
  name?: string;
  input: TestInput;
  /** Exactly these functions, any order; an empty list means "no function call". */
  expect: ExpectedCall[];
}

/** A check that may not be able to run (the browser's validator lives in a worker). */
export type CheckOutcome = CheckResult | { status: 'unavailable'; message: string };

/** Parses `jsonText` and validates it against `schema` (Ajv in Node, the validation worker in the page). */
export type ValidateJson = (schema: unknown, jsonText: string) => Promise<CheckOutcome>;

/** What one request produced, reduced to what a verdict needs. */
export interface RunOutcome {
  /** The run's final status (`completed`, `incomplete`, `failed`, …). */
  status: string;
  /** Why the run failed (HTTP, network, stream error), when it did. */
  error?: string;
  incompleteReason?: string;
  calls: { name: string; arguments: string }[];
  /** Start of the request to the end of the run. */
  latencyMs?: number;
  usage?: { inputTokens?: number; outputTokens?: number; totalTokens?: number };
  /** The answer's text, when it answered in words (cut short). */
  text?: string;
}

/** One call as made, with what the checks found. */
export interface CheckedCall {
  name: string;
  arguments: string;
  /** The tool's own schema: violations (empty when valid or when the function has no schema). */
  violations: Violation[];
  /** The arguments are not JSON: the parser's message. */
  notJson?: string;
}

/** Why a run failed: one reason per problem, most important first. */
export type FailReason =
  | { code: 'error'; message: string }
  /** The run ended neither completed nor incomplete (`failed`, `cancelled`…) without an error. */
  | { code: 'ended'; status: string }
  | { code: 'incomplete'; reason?: string }
  | { code: 'missing'; names: string[] }
  | { code: 'unexpected'; names: string[] }
  | { code: 'not-json'; name: string; message: string }
  | { code: 'invalid-arguments'; name: string; violations: Violation[] }
  | { code: 'mismatch'; name: string; path: string; expected: unknown; actual: unknown }
  | { code: 'expectation-schema'; name: string; violations: Violation[] }
  | { code: 'bad-schema'; name: string; message: string }
  | { code: 'validator-unavailable'; message: string };

export interface RunResult {
  pass: boolean;
  reasons: FailReason[];
  calls: CheckedCall[];
  latencyMs?: number;
  usage?: RunOutcome['usage'];
  text?: string;
}

/** Every run of one test (against one target). */
export interface TestResult {
  testId: string;
  runs: RunResult[];
  passed: number;
  /** Runs asked for; `runs.length` is lower while they are still going or after a Stop. */
  total: number;
  /** Every run asked for finished and passed. */
  pass: boolean;
}
