import { parseRequestText } from '../request/parse-request';
import type { RequestPath } from '../request/edit-request';
import type { JsonObject } from '../json';
import { lintRequest } from './lint-request';
import type { Finding, Fix } from './lint-types';
import { getAt, pathStartsWith, setAt } from './schema-path';
import { replaceInText } from './text-edits';

/** The request with a fix applied (pure). */
export function applyFix(request: JsonObject, fix: Fix): JsonObject {
  let out: unknown = request;
  for (const e of fix.edits) out = setAt(out, e.path, e.value);
  return out as JsonObject;
}

/** The request text with a fix applied, changing only the fixed fields' text. */
export function applyFixToText(text: string, fix: Fix): string {
  let out = text;
  for (const e of fix.edits) {
    const parsed = parseRequestText(out);
    if (!parsed.ok) return text;
    out = replaceInText(out, e.path, getAt(parsed.value, e.path), e.value);
  }
  return out;
}

/**
 * Applies every error and warning fix under `scope` (the whole request by default) until none is
 * left, re-linting after each. T04 ("set strict") goes last, so it sees the repaired schema and
 * can turn strict on. Returns the repaired request and the findings that had no fix.
 */
export function fixAll(
  request: JsonObject,
  scope: RequestPath = [],
): { request: JsonObject; applied: number; remaining: Finding[] } {
  let current = request;
  let applied = 0;
  const tried = new Set<string>();
  const candidates = (r: JsonObject) =>
    lintRequest(r).filter(
      (f) =>
        f.fix &&
        f.severity !== 'info' &&
        pathStartsWith(f.path, scope) &&
        !tried.has(`${f.rule}${f.pointer}${JSON.stringify(f.fix.edits)}`),
    );
  for (let i = 0; i < 1000; i++) {
    const list = candidates(current);
    const next = list.find((f) => f.rule !== 'T04') ?? list[0];
    if (!next?.fix) break;
    tried.add(`${next.rule}${next.pointer}${JSON.stringify(next.fix.edits)}`);
    current = applyFix(current, next.fix);
    applied += 1;
  }
  return {
    request: current,
    applied,
    remaining: lintRequest(current).filter((f) => pathStartsWith(f.path, scope) && f.severity !== 'info'),
  };
}
