import type { RequestPath } from '../request/edit-request';
import { toPointer } from './schema-path';
import {
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
export const RULES: Record<string, string> = {
  T01: 'Function and custom tool names: 1–64 of a-z A-Z 0-9 _ -',
  T02: 'text.format.name: 1–64 of a-z A-Z 0-9 _ -',
  T03: 'Chat Completions tool shape in a Responses request',
  T04: 'strict omitted on a function tool',
  T05: 'Tool names must be unique',
  T06: 'tool_choice names a tool that exists',
  T07: 'tool_choice type web_search is not a documented choice',
  T08: 'response_format is a Chat Completions parameter',
  T09: 'Custom tool grammar syntax',
  T10: 'Unbounded grammar terminals',
  T11: 'More than 20 functions available up front',
  T12: 'tool_search / defer_loading need gpt-5.4 or later',
  T13: 'MCP tool needs exactly one of server_url, connector_id, tunnel_id',
  T14: 'file_search settings',
  T15: 'computer_use_preview needs display size and environment',
  S01: 'Root schema must be type object',
  S02: 'Root schema must not be anyOf',
  S03: 'Objects need additionalProperties: false',
  S04: 'Every property must be required',
  S05: 'required names a missing property',
  S06: 'Object schema must declare properties',
  S07: 'Arrays need one items schema',
  S08: 'Unsupported composition keyword',
  S09: 'oneOf is not supported',
  S10: 'Unsupported keyword',
  S11: 'Unsupported string format',
  S12: '$ref must be local and resolve',
  S13: '$ref with sibling keywords',
  S14: 'Boolean schemas are not supported',
  S15: 'Nested $id',
  S16: 'At most 5000 object properties',
  S17: 'At most 10 levels of nesting',
  S18: 'At most 120,000 characters of names and values',
  S19: 'At most 1000 enum values',
  S20: 'Large string enums: at most 15,000 characters',
  S21: 'Nullable enum without null',
  S22: 'minLength / maxLength are not documented for strict mode',
  S23: 'Keywords fine-tuned models do not support',
  S24: 'Type arrays with several non-null types',
  S25: 'Defaults are annotations only',
  S26: 'Reasoning fields before conclusions',
};

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
