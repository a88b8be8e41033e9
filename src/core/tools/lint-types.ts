import type { RequestPath } from '../request/edit-request';
import { toPointer } from './schema-path';
import {
  RULE_SUMMARIES,
  fixLabel,
  lintMessage,
  type FixLabelKey,
  type LintMessageKey,
  type LintText,
  type MessageParams,
} from './lint-messages';

export type Severity = 'error' | 'warning' | 'info';

/** A one-click fix: set each `path` in the request to its `value` (undefined removes it), in order. */
export interface Fix {
  /** The label in English (see `labelKey` for the UI). */
  label: string;
  /** The label's id in `FIX_LABELS` (`tools:fix.<id>`), with its values. */
  labelKey: FixLabelKey;
  labelParams?: MessageParams;
  edits: { path: RequestPath; value: unknown }[];
}

/** One linter finding, pointing at its node. */
export interface Finding {
  /** Rule id: T01… for the tool and request envelope, S01… for strict-mode schema rules. */
  rule: string;
  severity: Severity;
  /** The message in English (CLI, logs, tests); the UI words `messageKey` with `params`. */
  message: string;
  /** The message's id in `LINT_MESSAGES` (`tools:lint.<id>`). */
  messageKey: LintMessageKey;
  /** The values of the message's placeholders. */
  params?: MessageParams;
  /** Path of the offending node in the request. */
  path: RequestPath;
  /** The same as a JSON Pointer. */
  pointer: string;
  /** For schema rules: the node's location as the API reports it, `context=('properties', 'x')`. */
  context?: string;
  fix?: Fix;
}

/**
 * How strictly schema rules apply: `strict` (`strict: true`, errors: the API rejects the schema),
 * `auto` (`strict` omitted in Responses: the API falls back to non-strict, so warnings),
 * `off` (`strict: false`: not enforced, so infos).
 */
export type StrictLevel = 'strict' | 'auto' | 'off';

/** The severity a rule has at a strict level. */
export function levelSeverity(nominal: Severity, level: StrictLevel): Severity {
  if (level === 'strict' || nominal === 'info') return nominal;
  return level === 'auto' ? 'warning' : 'info';
}

/** Every rule id the linter implements, with its one-line summary (for the UI's legend and tests). */
export const RULES: Record<string, string> = RULE_SUMMARIES;

/** The message fields of a finding: English text, id and values. */
export function messageFields(t: LintText): Pick<Finding, 'message' | 'messageKey' | 'params'> {
  const out: Pick<Finding, 'message' | 'messageKey' | 'params'> = {
    message: lintMessage(t),
    messageKey: t.key,
  };
  if (t.params) out.params = t.params;
  return out;
}

/** A fix labelled by its id (`FIX_LABELS`), doing `edits`. */
export function makeFix(label: LintText<FixLabelKey>, edits: Fix['edits']): Fix {
  const fix: Fix = { label: fixLabel(label), labelKey: label.key, edits };
  if (label.params) fix.labelParams = label.params;
  return fix;
}

/** Builds a finding (with its JSON Pointer) for an envelope rule. */
export function finding(
  rule: string,
  severity: Severity,
  path: RequestPath,
  message: LintText,
  fix?: Fix,
): Finding {
  const f: Finding = { rule, severity, ...messageFields(message), path, pointer: toPointer(path) };
  if (fix) f.fix = fix;
  return f;
}

/** The strict level of a function tool or json_schema format from its `strict` value. */
export function strictLevel(strict: unknown): StrictLevel {
  return strict === true ? 'strict' : strict === undefined ? 'auto' : 'off';
}
