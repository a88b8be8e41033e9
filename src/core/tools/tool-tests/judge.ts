import { functionSchemaFor } from '../tool-lookup';
import type { Violation } from '../validate';
import { subsetMismatch } from './subset';
import type { CheckedCall, FailReason, RunOutcome, RunResult, ToolTest, ValidateJson } from './types';

/**
 * The verdict of one run of a test. It passes when the run completed, exactly the expected functions
 * were called (any order; a function may be called more than once), every call's arguments are JSON
 * valid under its tool's schema (from `request.tools`, checked with `validate`), and every call of
 * an expected function meets that expectation's `match` and `schema`.
 *
 * Every problem is listed, most important first, so the first one can stand for the row.
 */
export async function judgeRun(
  test: ToolTest,
  request: unknown,
  outcome: RunOutcome,
  validate: ValidateJson,
): Promise<RunResult> {
  const reasons: FailReason[] = [];
  if (outcome.error !== undefined) reasons.push({ code: 'error', message: outcome.error });
  else if (outcome.status === 'incomplete')
    reasons.push(
      outcome.incompleteReason
        ? { code: 'incomplete', reason: outcome.incompleteReason }
        : { code: 'incomplete' },
    );
  else if (outcome.status !== 'completed') reasons.push({ code: 'ended', status: outcome.status });

  const called = new Set(outcome.calls.map((c) => c.name));
  const expected = new Set(test.expect.map((e) => e.name));
  const missing = [...expected].filter((name) => !called.has(name));
  const unexpected = [...called].filter((name) => !expected.has(name));
  if (missing.length > 0) reasons.push({ code: 'missing', names: missing });
  if (unexpected.length > 0) reasons.push({ code: 'unexpected', names: unexpected });

  const calls: CheckedCall[] = [];
  for (const call of outcome.calls) {
    const checked = await checkCall(call, functionSchemaFor(request, call.name), validate, reasons);
    calls.push(checked);
    if (checked.notJson !== undefined) continue;
    for (const expectation of test.expect.filter((e) => e.name === call.name))
      await checkExpectation(expectation, call, validate, reasons);
  }

  const result: RunResult = { pass: reasons.length === 0, reasons, calls };
  if (outcome.latencyMs !== undefined) result.latencyMs = outcome.latencyMs;
  if (outcome.usage) result.usage = outcome.usage;
  if (outcome.text) result.text = outcome.text;
  return result;
}

async function checkCall(
  call: { name: string; arguments: string },
  schema: unknown,
  validate: ValidateJson,
  reasons: FailReason[],
): Promise<CheckedCall> {
  const checked: CheckedCall = { name: call.name, arguments: call.arguments, violations: [] };
  // A function without parameters (or one the request does not have) only needs JSON arguments.
  const check = await validate(schema ?? true, call.arguments);
  switch (check.status) {
    case 'valid':
      break;
    case 'not-json':
      checked.notJson = check.message;
      reasons.push({ code: 'not-json', name: call.name, message: check.message });
      break;
    case 'invalid':
      checked.violations = check.violations;
      reasons.push({ code: 'invalid-arguments', name: call.name, violations: check.violations });
      break;
    case 'bad-schema':
      reasons.push({ code: 'bad-schema', name: call.name, message: check.message });
      break;
    case 'unavailable':
      reasons.push({ code: 'validator-unavailable', message: check.message });
      break;
  }
  return checked;
}

async function checkExpectation(
  expectation: { name: string; match?: unknown; schema?: unknown },
  call: { name: string; arguments: string },
  validate: ValidateJson,
  reasons: FailReason[],
): Promise<void> {
  if (expectation.match !== undefined) {
    const mismatch = subsetMismatch(expectation.match, JSON.parse(call.arguments) as unknown);
    if (mismatch) reasons.push({ code: 'mismatch', name: call.name, ...mismatch });
  }
  if (expectation.schema === undefined) return;
  const check = await validate(expectation.schema, call.arguments);
  const violations: Violation[] = check.status === 'invalid' ? check.violations : [];
  if (violations.length > 0) reasons.push({ code: 'expectation-schema', name: call.name, violations });
  else if (check.status === 'bad-schema')
    reasons.push({ code: 'bad-schema', name: call.name, message: `expectation: ${check.message}` });
  else if (check.status === 'unavailable')
    reasons.push({ code: 'validator-unavailable', message: check.message });
}
