import { isObject, withKey, type JsonObject } from '../json';
import type { JsonPath } from './schema-path';
import { moveToDescription, oneOfToAnyOf, typeArrayToAnyOf } from './schema-fixes';
import { resolveRef } from './schema-walk';
import { ANNOTATIONS } from './nullable';
import {
  COMPOSITION,
  FINE_TUNED_UNSUPPORTED,
  FORMATS,
  types,
  UNSUPPORTED,
  type AddFinding,
} from './lint-node';

/** Keyword rules on one node: S07–S15 and S21–S25. */
export function lintKeywordNode(
  node: JsonObject,
  path: JsonPath,
  keyword: string | undefined,
  root: unknown,
  fineTuned: boolean,
  add: AddFinding,
): void {
  const t = types(node);
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
  if ('$ref' in node) lintRef(node, path, root, add);
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
    if (kw in node && !fineTuned)
      add(
        'S22',
        'info',
        path,
        `${kw} is not in the documented strict subset; reported accepted. Validated client-side.`,
      );
  if (fineTuned)
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
}

function lintRef(node: JsonObject, path: JsonPath, root: unknown, add: AddFinding) {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#')) {
    add('S12', 'error', path, `External $ref ${JSON.stringify(ref)} is not supported; use #/$defs/….`);
    return;
  }
  if (resolveRef(root, ref) === undefined) add('S12', 'error', path, `$ref ${ref} does not resolve.`);
  const siblings = Object.keys(node).filter((k) => k !== '$ref');
  const nonAnnotation = siblings.filter((k) => !ANNOTATIONS.has(k));
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
