import { fillTemplate } from '../../template';
import type { Violation } from '../validate';
import { rowReason } from './summary';
import type { FailReason, TestResult } from './types';

/** A message key of the `toolTests` catalogue's `reason` group. */
export type ReasonKey =
  | 'error'
  | 'ended'
  | 'incomplete'
  | 'incompleteWithReason'
  | 'missing'
  | 'unexpected'
  | 'notJson'
  | 'invalidArguments'
  | 'mismatch'
  | 'mismatchMissing'
  | 'expectationSchema'
  | 'badSchema'
  | 'validatorUnavailable';

/** A reason as a catalogue key and its values, so the page and the CLI word it the same way. */
export interface ReasonMessage {
  key: ReasonKey;
  values: Record<string, string | number>;
}

/**
 * The key and values that describe `reason` in one line (values are cut short). `line` words a
 * schema violation (the page passes one in the UI language; the English by default).
 */
export function reasonMessage(reason: FailReason, line: ViolationLine = violationText): ReasonMessage {
  switch (reason.code) {
    case 'error':
      return { key: 'error', values: { message: clip(reason.message, 200) } };
    case 'ended':
      return { key: 'ended', values: { status: reason.status } };
    case 'incomplete':
      return reason.reason === undefined
        ? { key: 'incomplete', values: {} }
        : { key: 'incompleteWithReason', values: { reason: reason.reason } };
    case 'missing':
      return { key: 'missing', values: { names: reason.names.join(', ') } };
    case 'unexpected':
      return { key: 'unexpected', values: { names: reason.names.join(', ') } };
    case 'not-json':
      return { key: 'notJson', values: { name: reason.name, message: clip(reason.message, 120) } };
    case 'invalid-arguments':
      return { key: 'invalidArguments', values: violationValues(reason.name, reason.violations, line) };
    case 'expectation-schema':
      return { key: 'expectationSchema', values: violationValues(reason.name, reason.violations, line) };
    case 'mismatch': {
      const values = { name: reason.name, path: reason.path || '/', expected: json(reason.expected) };
      return reason.actual === undefined
        ? { key: 'mismatchMissing', values }
        : { key: 'mismatch', values: { ...values, actual: json(reason.actual) } };
    }
    case 'bad-schema':
      return { key: 'badSchema', values: { name: reason.name, message: clip(reason.message, 160) } };
    case 'validator-unavailable':
      return { key: 'validatorUnavailable', values: { message: clip(reason.message, 160) } };
  }
}

/**
 * `/city must be string` — the form the output pane's argument check uses; `/` is the arguments
 * object itself (a JSON Pointer, the same in every language).
 */
export function violationText(violation: Violation): string {
  return `${violation.path || '/'} ${violation.message}`;
}

/** A schema violation in one line, e.g. {@link violationText}. */
export type ViolationLine = (violation: Violation) => string;

function violationValues(
  name: string,
  violations: Violation[],
  line: ViolationLine,
): Record<string, string | number> {
  const first = violations[0];
  return { name, count: violations.length, first: first ? line(first) : '' };
}

function json(value: unknown): string {
  return clip(JSON.stringify(value) ?? String(value), 60);
}

function clip(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}


/** Looks a catalogue key (`reason.missing`, `someRunsFailed`…) up and fills its values. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * A row's one-line "why" through `t`: the reason of its first failing run, prefixed with how many
 * runs failed when some passed; empty for a passing row; `stoppedEarly` when runs are missing.
 */
export function rowWhyText(result: TestResult, t: Translate, line?: ViolationLine): string {
  const found = rowReason(result);
  if (!found) return result.pass ? '' : t('stoppedEarly');
  const { key, values } = reasonMessage(found.reason, line);
  const text = t(`reason.${key}`, values);
  return found.failed === result.runs.length
    ? text
    : t('someRunsFailed', { failed: found.failed, runs: result.runs.length, why: text });
}

/** A {@link Translate} over a plain catalogue object (the CLI reads the English one directly). */
export function catalogueTranslate(catalogue: object): Translate {
  return (key, values = {}) => {
    let node: unknown = catalogue;
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    return typeof node === 'string' ? fillTemplate(node, values) : key;
  };
}
