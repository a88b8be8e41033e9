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
import { msg } from './lint-messages';

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
        msg('arrayWithoutItems'),
        msg('addStringItems'),
        withKey(node, 'items', { type: 'string' }),
      );
    }
  }
  if (Array.isArray(node.items)) add('S07', 'error', path, msg('tupleItems'));
  for (const kw of ['prefixItems', 'additionalItems'])
    if (kw in node)
      add(
        'S07',
        'error',
        path,
        msg('keywordUnsupported', { keyword: kw }),
        msg('moveToDescription', { keyword: kw }),
        moveToDescription(node, kw),
      );
  for (const kw of COMPOSITION)
    if (kw in node)
      add(
        'S08',
        'error',
        path,
        msg('keywordNotStrict', { keyword: kw }),
        msg('moveToDescription', { keyword: kw }),
        moveToDescription(node, kw),
      );
  if ('oneOf' in node)
    add(
      'S09',
      'error',
      path,
      msg('oneOf'),
      msg('renameOneOf'),
      'anyOf' in node ? undefined : oneOfToAnyOf(node),
    );
  for (const kw of UNSUPPORTED)
    if (kw in node)
      add(
        'S10',
        'error',
        path,
        msg('keywordNotStrict', { keyword: kw }),
        msg('moveToDescription', { keyword: kw }),
        moveToDescription(node, kw),
      );
  if (typeof node.format === 'string' && !FORMATS.includes(node.format)) {
    add(
      'S11',
      'error',
      path,
      msg('formatUnsupported', { format: node.format, supported: FORMATS.join(', ') }),
      msg('moveToDescription', { keyword: 'format' }),
      moveToDescription(node, 'format'),
    );
  }
  if ('$ref' in node) lintRef(node, path, root, add);
  if ('$id' in node && path.length > 0)
    add('S15', 'warning', path, msg('nestedId'), msg('removeId'), withKey(node, '$id', undefined));
  if (Array.isArray(node.enum) && t.includes('null') && !node.enum.includes(null)) {
    add(
      'S21',
      'warning',
      path,
      msg('enumWithoutNull'),
      msg('addNullToEnum'),
      withKey(node, 'enum', [...(node.enum as unknown[]), null]),
    );
  }
  for (const kw of ['minLength', 'maxLength'])
    if (kw in node && !fineTuned) add('S22', 'info', path, msg('lengthUndocumented', { keyword: kw }));
  if (fineTuned)
    for (const kw of FINE_TUNED_UNSUPPORTED)
      if (kw in node)
        add(
          'S23',
          'error',
          path,
          msg('fineTunedUnsupported', { keyword: kw }),
          msg('moveToDescription', { keyword: kw }),
          moveToDescription(node, kw),
        );
  if (t.filter((x) => x !== 'null').length > 1)
    add(
      'S24',
      'warning',
      path,
      msg('typeArray', { type: JSON.stringify(node.type) }),
      msg('rewriteAnyOf'),
      typeArrayToAnyOf(node),
    );
  if ('default' in node) {
    if (node.default === null)
      add(
        'S25',
        'info',
        path,
        msg('defaultNull'),
        msg('removeDefaultNull'),
        withKey(node, 'default', undefined),
      );
    else if (keyword !== undefined) add('S25', 'info', path, msg('defaultAnnotation'));
  }
}

function lintRef(node: JsonObject, path: JsonPath, root: unknown, add: AddFinding) {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#')) {
    add('S12', 'error', path, msg('refExternal', { ref: String(JSON.stringify(ref)) }));
    return;
  }
  if (resolveRef(root, ref) === undefined) add('S12', 'error', path, msg('refUnresolved', { ref }));
  const siblings = Object.keys(node).filter((k) => k !== '$ref');
  const nonAnnotation = siblings.filter((k) => !ANNOTATIONS.has(k));
  if (nonAnnotation.length > 0) {
    add('S13', 'error', path, msg('refSiblings', { keywords: nonAnnotation.join(', ') }));
  } else if (siblings.length > 0) {
    const outer: JsonObject = {};
    for (const k of siblings) outer[k] = node[k];
    add(
      'S13',
      'warning',
      path,
      msg('refAnnotationSiblings', { keywords: `{${siblings.map((s) => `'${s}'`).join(', ')}}` }),
      msg('wrapRef'),
      { anyOf: [{ $ref: ref }], ...outer },
    );
  }
}
