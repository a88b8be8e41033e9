import { isObject } from '../json';
import { finding, type Finding, type Severity } from './lint-types';
import type { RequestPath } from '../request/edit-request';

const LOOKAROUND = /\(\?(=|!|<=|<!)/;
const LAZY = /[*+?}]\?/;

/** T09/T10: a custom tool's grammar against the documented Lark / regex subset. */
export function lintGrammar(format: unknown, base: RequestPath): Finding[] {
  if (!isObject(format) || format.type !== 'grammar') return [];
  const out: Finding[] = [];
  const add = (rule: string, severity: Severity, message: string) =>
    out.push(finding(rule, severity, base, message));
  const { syntax, definition } = format;
  if (syntax !== 'lark' && syntax !== 'regex') {
    add('T09', 'error', `Grammar syntax must be "lark" or "regex", not ${JSON.stringify(syntax)}.`);
    return out;
  }
  if (typeof definition !== 'string' || definition.trim() === '') {
    add('T09', 'error', 'The grammar definition is empty.');
    return out;
  }
  if (LOOKAROUND.test(definition))
    add('T09', 'error', 'Lookarounds ((?=, (?!, (?<=, (?<!) are not supported.');
  if (syntax === 'regex') {
    if (/\\[1-9]|\\k</.test(definition))
      add('T09', 'error', 'Backreferences are not supported (Rust regex syntax).');
  } else {
    const regexes = [...definition.matchAll(/\/((?:\\.|[^/\n])+)\/[imslux]*/g)].map((m) => m[1] ?? '');
    if (regexes.some((r) => LAZY.test(r)))
      add('T09', 'error', 'Lazy quantifiers (*?, +?, ??) are not supported.');
    if (/^\s*[A-Z_][A-Z0-9_]*\.-?\d+\s*:/m.test(definition))
      add('T09', 'error', 'Terminal priorities (NAME.2:) are not supported.');
    if (/^\s*[a-z_][a-z0-9_]*\{[^}]*\}\s*:/m.test(definition))
      add('T09', 'error', 'Templates are not supported.');
    if (/^\s*%declare\b/m.test(definition)) add('T09', 'error', '%declare is not supported.');
    if (/^\s*%import\s+(?!common\b)/m.test(definition))
      add('T09', 'error', 'Only %import common is supported.');
    if (/^\s*%ignore\b.*[*+]/m.test(definition))
      add('T10', 'warning', 'Unbounded %ignore: keep grammars simple and bounded.');
    if (regexes.some((r) => /(^|[^\\])[*+](?!\?)/.test(r)))
      add('T10', 'warning', 'Unbounded * or + in a terminal; prefer bounded quantifiers like {1,64}.');
  }
  return out;
}
