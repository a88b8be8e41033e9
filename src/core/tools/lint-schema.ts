/**
 * Strict-mode schema rules (S01–S26: what OpenAI's Structured Outputs accept when `strict` is true;
 * each finding's message says its rule), applied to every subschema.
 * Each finding points at its node (request path, JSON Pointer, the API's `context=(…)`) and, where
 * a mechanical repair exists, carries the repaired node as its fix.
 */
import { isObject } from '../json';
import type { RequestPath } from '../request/edit-request';
import { toApiContext, toPointer, type JsonPath } from './schema-path';
import { emptyObjectSchema, wrapInObject } from './schema-fixes';
import { lintObjectNode } from './lint-node';
import { lintKeywordNode } from './lint-node-keywords';
import { walkSchema } from './schema-walk';
import {
  levelSeverity,
  makeFix,
  messageFields,
  type Finding,
  type Severity,
  type StrictLevel,
} from './lint-types';
import { lintLimits } from './lint-limits';
import { msg, type FixLabelKey, type LintText } from './lint-messages';

export interface SchemaLintOptions {
  /** Where the schema sits in the request, e.g. `['tools', 0, 'parameters']`. */
  base: RequestPath;
  level: StrictLevel;
  /** A fine-tuned model (`ft:…`): S23's keywords become errors. */
  fineTuned?: boolean;
}

/** Lints one schema under the strict rules. */
export function lintSchema(schema: unknown, options: SchemaLintOptions): Finding[] {
  const out: Finding[] = [];
  const { base, level } = options;
  const add = (
    rule: string,
    nominal: Severity,
    path: JsonPath,
    message: LintText,
    fixLabel?: LintText<FixLabelKey>,
    fixed?: unknown,
    fixPath?: JsonPath,
  ) => {
    const full = [...base, ...path];
    const finding: Finding = {
      rule,
      severity: levelSeverity(nominal, level),
      ...messageFields(message),
      path: full,
      pointer: toPointer(full),
      context: toApiContext(path),
    };
    if (fixLabel !== undefined && fixed !== undefined)
      finding.fix = makeFix(fixLabel, [{ path: [...base, ...(fixPath ?? path)], value: fixed }]);
    out.push(finding);
  };

  // Root rules.
  if (isObject(schema)) {
    if (Array.isArray(schema.anyOf) && schema.type === undefined) {
      add('S02', 'error', [], msg('rootAnyOf'), msg('wrapResult'), wrapInObject(schema));
    } else if (schema.type !== 'object' || typeof schema.$ref === 'string') {
      add(
        'S01',
        'error',
        [],
        typeof schema.$ref === 'string'
          ? msg('rootRef')
          : msg('rootType', { type: JSON.stringify(schema.type ?? 'untyped') }),
        msg('wrapResult'),
        wrapInObject(schema),
      );
    }
  } else {
    add('S01', 'error', [], msg('rootMissing'), msg('useEmptySchema'), emptyObjectSchema());
  }

  walkSchema(schema, ({ node, path, keyword }) => {
    if (typeof node === 'boolean') {
      add('S14', 'error', path, msg('booleanSchema', { value: String(node) }));
      return;
    }
    if (!isObject(node)) return;
    lintObjectNode(node, path, add);
    lintKeywordNode(node, path, keyword, schema, options.fineTuned === true, add);
  });
  out.push(...lintLimits(schema, options));
  return out;
}
