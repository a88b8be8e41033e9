import { isObject } from '../json';
import { toApiContext, toPointer } from './schema-path';
import { walkSchema } from './schema-walk';
import { levelSeverity, type Finding, type StrictLevel } from './lint-types';
import type { RequestPath } from '../request/edit-request';
import { msg, type LintText } from './lint-messages';
import { messageFields } from './lint-types';

/** The documented size limits of a strict schema (Structured Outputs guide, "Limits"). */
export const LIMITS = {
  properties: 5000,
  depth: 10,
  stringLength: 120_000,
  enumValues: 1000,
  largeEnumLength: 15_000,
  largeEnumCount: 250,
};

/** How much of each limit a schema uses. */
export interface SchemaMeters {
  /** Object properties in total. */
  properties: number;
  /** Deepest nesting of objects and arrays, the root object counting as 1 (fail closed). */
  depth: number;
  /** Characters of property names, definition names, enum values and const values. */
  stringLength: number;
  /** Enum values across the schema. */
  enumValues: number;
}

/** Measures a schema against the limits. */
export function schemaMeters(schema: unknown): SchemaMeters {
  const m: SchemaMeters = { properties: 0, depth: 0, stringLength: 0, enumValues: 0 };
  walkSchema(schema, ({ node, keyword, path, depth }) => {
    m.depth = Math.max(m.depth, depth);
    const name = path[path.length - 1];
    if (
      (keyword === 'properties' || keyword === '$defs' || keyword === 'definitions') &&
      typeof name === 'string'
    )
      m.stringLength += name.length;
    if (keyword === 'properties') m.properties += 1;
    if (!isObject(node)) return;
    if (Array.isArray(node.enum)) {
      m.enumValues += node.enum.length;
      for (const v of node.enum) m.stringLength += valueLength(v);
    }
    if ('const' in node) m.stringLength += valueLength(node.const);
  });
  return m;
}

function valueLength(v: unknown): number {
  return typeof v === 'string' ? v.length : String(JSON.stringify(v) ?? '').length;
}

/** S16–S20: the size limits as findings. */
export function lintLimits(schema: unknown, options: { base: RequestPath; level: StrictLevel }): Finding[] {
  const m = schemaMeters(schema);
  const out: Finding[] = [];
  const at = (rule: string, message: LintText, path: (string | number)[] = []) => {
    const full = [...options.base, ...path];
    out.push({
      rule,
      severity: levelSeverity('error', options.level),
      ...messageFields(message),
      path: full,
      pointer: toPointer(full),
      context: toApiContext(path),
    });
  };
  if (m.properties > LIMITS.properties)
    at('S16', msg('limitProperties', { value: m.properties, limit: LIMITS.properties }));
  if (m.depth > LIMITS.depth) at('S17', msg('limitDepth', { value: m.depth, limit: LIMITS.depth }));
  if (m.stringLength > LIMITS.stringLength)
    at('S18', msg('limitStringLength', { value: m.stringLength, limit: LIMITS.stringLength }));
  if (m.enumValues > LIMITS.enumValues)
    at('S19', msg('limitEnumValues', { value: m.enumValues, limit: LIMITS.enumValues }));
  walkSchema(schema, ({ node, path }) => {
    if (!isObject(node) || !Array.isArray(node.enum) || node.enum.length <= LIMITS.largeEnumCount) return;
    const strings = node.enum.filter((v): v is string => typeof v === 'string');
    const total = strings.reduce((n, s) => n + s.length, 0);
    if (strings.length > LIMITS.largeEnumCount && total > LIMITS.largeEnumLength) {
      at(
        'S20',
        msg('limitLargeEnum', {
          values: strings.length,
          chars: total,
          threshold: LIMITS.largeEnumCount,
          limit: LIMITS.largeEnumLength,
        }),
        path,
      );
    }
  });
  return out;
}
