/**
 * Strict-mode schema rules (S01–S26 of the reference's §6), applied to every subschema.
 * Each finding points at its node (request path, JSON Pointer, the API's `context=(…)`) and, where
 * a mechanical repair exists, carries the repaired node as its fix.
 */
import { isObject, stringArray, withKey, type JsonObject } from './json';
import { makeNullable } from './nullable';
import type { RequestPath } from '../request/edit-request';
import { getAt, toApiContext, toPointer, type JsonPath } from './schema-path';
import { moveToDescription, oneOfToAnyOf, typeArrayToAnyOf, wrapInObject } from './schema-fixes';
import { resolveRef, walkSchema } from './schema-walk';
import { levelSeverity, type Finding, type Severity, type StrictLevel } from './lint-types';
import { lintLimits } from './lint-limits';

export interface SchemaLintOptions {
  /** Where the schema sits in the request, e.g. `['tools', 0, 'parameters']`. */
  base: RequestPath;
  level: StrictLevel;
  /** A fine-tuned model (`ft:…`): S23's keywords become errors. */
  fineTuned?: boolean;
}

const COMPOSITION = ['allOf', 'not', 'if', 'then', 'else', 'dependentRequired', 'dependentSchemas'];
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
const ANNOTATIONS = ['description', 'title', 'default', 'examples', '$comment', 'readOnly', 'writeOnly'];
const FINE_TUNED_UNSUPPORTED = [
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

function types(node: JsonObject): unknown[] {
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

/** Lints one schema under the strict rules. */
export function lintSchema(schema: unknown, options: SchemaLintOptions): Finding[] {
  const out: Finding[] = [];
  const { base, level } = options;
  const add = (
    rule: string,
    nominal: Severity,
    path: JsonPath,
    message: string,
    fixLabel?: string,
    fixed?: unknown,
    fixPath?: JsonPath,
  ) => {
    const full = [...base, ...path];
    const finding: Finding = {
      rule,
      severity: levelSeverity(nominal, level),
      message,
      path: full,
      pointer: toPointer(full),
      context: toApiContext(path),
    };
    if (fixLabel !== undefined && fixed !== undefined)
      finding.fix = { label: fixLabel, edits: [{ path: [...base, ...(fixPath ?? path)], value: fixed }] };
    out.push(finding);
  };

  // Root rules.
  if (isObject(schema)) {
    if (Array.isArray(schema.anyOf) && schema.type === undefined) {
      add(
        'S02',
        'error',
        [],
        'The root schema must not be anyOf.',
        'Wrap it as property "result" of an object',
        wrapInObject(schema),
      );
    } else if (schema.type !== 'object' || typeof schema.$ref === 'string') {
      add(
        'S01',
        'error',
        [],
        `The root schema must be an object, not ${typeof schema.$ref === 'string' ? 'a $ref' : JSON.stringify(schema.type ?? 'untyped')}.`,
        'Wrap it as property "result" of an object',
        wrapInObject(schema),
      );
    }
  } else {
    add('S01', 'error', [], 'The root schema must be an object.', 'Use an empty object schema', {
      type: 'object',
      properties: {},
      required: [],
      additionalProperties: false,
    });
  }

  walkSchema(schema, ({ node, path, keyword }) => {
    if (typeof node === 'boolean') {
      add(
        'S14',
        'error',
        path,
        `Boolean schema \`${String(node)}\` is not supported; write an object schema.`,
      );
      return;
    }
    if (!isObject(node)) return;
    const t = types(node);

    if (isObjectShape(node)) {
      if (node.additionalProperties !== false) {
        const what =
          'additionalProperties' in node ? `is ${JSON.stringify(node.additionalProperties)}` : 'is missing';
        add(
          'S03',
          'error',
          path,
          `'additionalProperties' is required to be supplied and to be false (it ${what}).`,
          'Set additionalProperties: false',
          withKey(node, 'additionalProperties', false),
        );
      }
      if (t.includes('object') && !isObject(node.properties)) {
        add(
          'S06',
          'error',
          path,
          'Object schema missing properties (use {} for none).',
          'Add properties: {}',
          withKey(node, 'properties', {}),
        );
      }
    }
    const props = isObject(node.properties) ? node.properties : undefined;
    const required = stringArray(node.required) ?? [];
    if (props) {
      for (const name of Object.keys(props)) {
        if (required.includes(name)) continue;
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
          `'required' must include every key in properties. Missing '${name}'.`,
          `Require "${name}" and make it nullable (keeps it optional)`,
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
          `'required' lists "${name}", which is not in properties.`,
          `Remove "${name}" from required`,
          withKey(
            node,
            'required',
            required.filter((n) => n !== name),
          ),
        );
      }
    }
    if (t.includes('array')) {
      if (node.items === undefined || (isObject(node.items) && Object.keys(node.items).length === 0)) {
        add(
          'S07',
          'error',
          path,
          'Array schema missing items.',
          'Add items: {type: "string"}',
          withKey(node, 'items', { type: 'string' }),
        );
      }
    }
    if (Array.isArray(node.items))
      add('S07', 'error', path, 'Tuple-form items (an array of schemas) is not supported.');
    for (const kw of ['prefixItems', 'additionalItems'])
      if (kw in node)
        add(
          'S07',
          'error',
          path,
          `${kw} is not supported.`,
          `Move ${kw} into the description`,
          moveToDescription(node, kw),
        );
    for (const kw of COMPOSITION)
      if (kw in node)
        add(
          'S08',
          'error',
          path,
          `${kw} is not supported in strict mode.`,
          `Move ${kw} into the description`,
          moveToDescription(node, kw),
        );
    if ('oneOf' in node)
      add(
        'S09',
        'error',
        path,
        'oneOf is not supported; use anyOf.',
        'Rename oneOf to anyOf',
        'anyOf' in node ? undefined : oneOfToAnyOf(node),
      );
    for (const kw of UNSUPPORTED)
      if (kw in node)
        add(
          'S10',
          'error',
          path,
          `${kw} is not supported in strict mode.`,
          `Move ${kw} into the description`,
          moveToDescription(node, kw),
        );
    if (typeof node.format === 'string' && !FORMATS.includes(node.format)) {
      add(
        'S11',
        'error',
        path,
        `'${node.format}' is not a valid format (supported: ${FORMATS.join(', ')}).`,
        'Move format into the description',
        moveToDescription(node, 'format'),
      );
    }
    if ('$ref' in node) lintRef(node, path, schema, add);
    if ('$id' in node && path.length > 0)
      add(
        'S15',
        'warning',
        path,
        'Nested $id creates a separate resource scope.',
        'Remove $id',
        withKey(node, '$id', undefined),
      );
    if (Array.isArray(node.enum) && t.includes('null') && !node.enum.includes(null)) {
      add(
        'S21',
        'warning',
        path,
        'Nullable type, but enum lacks null: a null answer fails validation.',
        'Add null to enum',
        withKey(node, 'enum', [...(node.enum as unknown[]), null]),
      );
    }
    for (const kw of ['minLength', 'maxLength'])
      if (kw in node && !options.fineTuned)
        add(
          'S22',
          'info',
          path,
          `${kw} is not in the documented strict subset; reported accepted. Validated client-side.`,
        );
    if (options.fineTuned)
      for (const kw of FINE_TUNED_UNSUPPORTED)
        if (kw in node)
          add(
            'S23',
            'error',
            path,
            `${kw} is not supported with fine-tuned models.`,
            `Move ${kw} into the description`,
            moveToDescription(node, kw),
          );
    if (t.filter((x) => x !== 'null').length > 1)
      add(
        'S24',
        'warning',
        path,
        `Type array ${JSON.stringify(node.type)} has several non-null types; prefer anyOf.`,
        'Rewrite as anyOf',
        typeArrayToAnyOf(node),
      );
    if ('default' in node) {
      if (node.default === null)
        add(
          'S25',
          'info',
          path,
          'default: null is stripped by the SDKs.',
          'Remove default: null',
          withKey(node, 'default', undefined),
        );
      else if (keyword !== undefined)
        add('S25', 'info', path, 'default is only an annotation: the model is not bound to it.');
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
          `Keys are generated in order: put "${names[reason]}" before "${names[concl]}".`,
          'Move it first',
          withKey(node, 'properties', reordered),
          path,
        );
      }
    }
  });
  out.push(...lintLimits(schema, options));
  return out;
}

function lintRef(
  node: JsonObject,
  path: JsonPath,
  root: unknown,
  add: (rule: string, s: Severity, p: JsonPath, m: string, l?: string, f?: unknown) => void,
) {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#')) {
    add('S12', 'error', path, `External $ref ${JSON.stringify(ref)} is not supported; use #/$defs/….`);
    return;
  }
  if (resolveRef(root, ref) === undefined) add('S12', 'error', path, `$ref ${ref} does not resolve.`);
  const siblings = Object.keys(node).filter((k) => k !== '$ref');
  const nonAnnotation = siblings.filter((k) => !ANNOTATIONS.includes(k));
  if (nonAnnotation.length > 0) {
    add(
      'S13',
      'error',
      path,
      `$ref has non-annotation siblings (${nonAnnotation.join(', ')}) that are ignored; inline the definition.`,
    );
  } else if (siblings.length > 0) {
    const outer: JsonObject = {};
    for (const k of siblings) outer[k] = node[k];
    add(
      'S13',
      'warning',
      path,
      `$ref cannot have keywords {${siblings.map((s) => `'${s}'`).join(', ')}} (reported by the API; the SDK lets them through).`,
      'Wrap the $ref in anyOf',
      { anyOf: [{ $ref: ref }], ...outer },
    );
  }
}

/** The node at `path` inside a schema (re-exported for the UI's "jump to node"). */
export function nodeAt(schema: unknown, path: JsonPath): unknown {
  return getAt(schema, path);
}
