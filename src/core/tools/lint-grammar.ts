import { isObject } from '../json';
import { finding, type Finding, type Severity } from './lint-types';
import { msg, type LintMessageKey, type MessageParams } from './lint-messages';
import type { RequestPath } from '../request/edit-request';

const LOOKAROUND = /\(\?(=|!|<=|<!)/;
const LAZY = /[*+?}]\?/;

/** T09/T10: a custom tool's grammar against the documented Lark / regex subset. */
export function lintGrammar(format: unknown, base: RequestPath): Finding[] {
  if (!isObject(format) || format.type !== 'grammar') return [];
  const out: Finding[] = [];
  const add = (rule: string, severity: Severity, key: LintMessageKey, params?: MessageParams) =>
    out.push(finding(rule, severity, base, msg(key, params)));
  const { syntax, definition } = format;
  if (syntax !== 'lark' && syntax !== 'regex') {
    add('T09', 'error', 'grammarSyntax', { syntax: String(JSON.stringify(syntax)) });
    return out;
  }
  if (typeof definition !== 'string' || definition.trim() === '') {
    add('T09', 'error', 'grammarEmpty');
    return out;
  }
  if (LOOKAROUND.test(definition)) add('T09', 'error', 'grammarLookaround');
  if (syntax === 'regex') {
    if (/\\[1-9]|\\k</.test(definition)) add('T09', 'error', 'grammarBackreference');
  } else {
    const regexes = [...definition.matchAll(/\/((?:\\.|[^/\n])+)\/[imslux]*/g)].map((m) => m[1] ?? '');
    if (regexes.some((r) => LAZY.test(r))) add('T09', 'error', 'grammarLazy');
    if (/^\s*[A-Z_][A-Z0-9_]*\.-?\d+\s*:/m.test(definition)) add('T09', 'error', 'grammarPriority');
    if (/^\s*[a-z_][a-z0-9_]*\{[^}]*\}\s*:/m.test(definition)) add('T09', 'error', 'grammarTemplate');
    if (/^\s*%declare\b/m.test(definition)) add('T09', 'error', 'grammarDeclare');
    if (/^\s*%import\s+(?!common\b)/m.test(definition)) add('T09', 'error', 'grammarImport');
    if (/^\s*%ignore\b.*[*+]/m.test(definition)) add('T10', 'warning', 'grammarIgnore');
    if (regexes.some((r) => /(^|[^\\])[*+](?!\?)/.test(r))) add('T10', 'warning', 'grammarUnbounded');
  }
  return out;
}
