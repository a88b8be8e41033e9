import { isObject, stringArray, withKey, type JsonObject } from '../json';
import { makeNullable } from './nullable';
import type { JsonPath } from './schema-path';
import type { Severity } from './lint-types';
import { msg, type FixLabelKey, type LintText } from './lint-messages';

/** Reports one finding at a schema path; `fixed` is the repaired node at `fixPath` (default: `path`). */
export type AddFinding = (
  rule: string,
  nominal: Severity,
  path: JsonPath,
  message: LintText,
  fixLabel?: LintText<FixLabelKey>,
  fixed?: unknown,
  fixPath?: JsonPath,
) => void;

export const COMPOSITION = ['allOf', 'not', 'if', 'then', 'else', 'dependentRequired', 'dependentSchemas'];
/** The SDK's unsupported set minus what S08/S09 report. */
export const UNSUPPORTED = [
  'patternProperties',
  'propertyNames',
  'unevaluatedProperties',
  'minProperties',
  'maxProperties',
  'dependencies',
  'unevaluatedItems',
  'contains',
  'minContains',
  'maxContains',
  'uniqueItems',
  'contentEncoding',
  'contentMediaType',
  'contentSchema',
  '$anchor',
  '$dynamicAnchor',
  '$dynamicRef',
  '$recursiveAnchor',
  '$recursiveRef',
];
export const FORMATS = ['date-time', 'time', 'date', 'duration', 'email', 'hostname', 'ipv4', 'ipv6', 'uuid'];
export const FINE_TUNED_UNSUPPORTED = [
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'multipleOf',
  'patternProperties',
  'minItems',
  'maxItems',
];
const REASONING =
  /^(reason|reasoning|rationale|explanation|thoughts?|thinking|steps|analysis|chain_of_thought)$/i;
const CONCLUSION = /^(answer|final_answer|result|conclusion|verdict|decision|label|classification)$/i;

export function types(node: JsonObject): unknown[] {
  return Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type];
}

function isObjectShape(node: JsonObject): boolean {
  const t = types(node);
  if (t.length > 0) return t.includes('object');
  return [
    'properties',
    'required',
    'additionalProperties',
    'patternProperties',
    'propertyNames',
    'minProperties',
    'maxProperties',
    'dependencies',
  ].some((k) => k in node);
}

/** Object rules on one node: S03–S06 and S26. */
export function lintObjectNode(node: JsonObject, path: JsonPath, add: AddFinding): void {
  const t = types(node);

  if (isObjectShape(node)) {
    if (node.additionalProperties !== false) {
      add(
        'S03',
        'error',
        path,
        'additionalProperties' in node
          ? msg('additionalPropertiesValue', { value: String(JSON.stringify(node.additionalProperties)) })
          : msg('additionalPropertiesMissing'),
        msg('setAdditionalPropertiesFalse'),
        withKey(node, 'additionalProperties', false),
      );
    }
    if (t.includes('object') && !isObject(node.properties)) {
      add(
        'S06',
        'error',
        path,
        msg('objectWithoutProperties'),
        msg('addEmptyProperties'),
        withKey(node, 'properties', {}),
      );
    }
  }
  const props = isObject(node.properties) ? node.properties : undefined;
  const required = stringArray(node.required) ?? [];
  const listed = new Set(required);
  if (props) {
    for (const name of Object.keys(props)) {
      if (listed.has(name)) continue;
      const child = props[name];
      const fixed = withKey(
        withKey(node, 'required', [...required, name]),
        'properties',
        withKey(props, name, isObject(child) ? makeNullable(child) : child),
      );
      add(
        'S04',
        'error',
        [...path, 'properties', name],
        msg('requiredMissing', { name }),
        msg('requireNullable', { name }),
        fixed,
        path,
      );
    }
  }
  for (const name of required) {
    if (!props || !(name in props)) {
      add(
        'S05',
        'error',
        path,
        msg('requiredUnknown', { name }),
        msg('removeFromRequired', { name }),
        withKey(
          node,
          'required',
          required.filter((n) => n !== name),
        ),
      );
    }
  }
  if (props) {
    const names = Object.keys(props);
    const concl = names.findIndex((n) => CONCLUSION.test(n));
    const reason = names.findIndex((n) => REASONING.test(n));
    if (concl >= 0 && reason > concl) {
      const order = [...names];
      order.splice(reason, 1);
      order.splice(concl, 0, names[reason] as string);
      const reordered: JsonObject = {};
      for (const n of order) reordered[n] = props[n];
      add(
        'S26',
        'info',
        [...path, 'properties', names[reason] as string],
        msg('reasoningOrder', { reason: names[reason] as string, conclusion: names[concl] as string }),
        msg('moveFirst'),
        withKey(node, 'properties', reordered),
        path,
      );
    }
  }
}
