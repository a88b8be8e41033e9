import { removeRequestField, setRequestField, type RequestPath } from '../request/edit-request';
import { deepEqual, isObject } from '../json';

/** One change to the request text: set `path` to `value`, or remove it when `value` is undefined. */
export interface FieldEdit {
  path: RequestPath;
  value: unknown;
}

/**
 * The smallest list of field edits that turns `before` into `after` at `path`, so the text around
 * unchanged fields keeps the user's formatting. Objects whose surviving keys keep their order are
 * patched key by key (new keys are appended, as jsonc-parser inserts them last); arrays are patched
 * element by element when only their tail grows or shrinks. Anything else is replaced whole.
 */
export function diffEdits(path: RequestPath, before: unknown, after: unknown): FieldEdit[] {
  if (deepEqual(before, after) && JSON.stringify(before) === JSON.stringify(after)) return [];
  if (after === undefined) return [{ path, value: undefined }];
  if (isObject(before) && isObject(after) && sameOrder(Object.keys(before), Object.keys(after))) {
    const edits: FieldEdit[] = [];
    for (const k of Object.keys(before))
      if (!(k in after)) edits.push({ path: [...path, k], value: undefined });
    for (const k of Object.keys(after)) edits.push(...diffEdits([...path, k], before[k], after[k]));
    return edits;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const common = Math.min(before.length, after.length);
    const edits: FieldEdit[] = [];
    for (let i = 0; i < common; i++) edits.push(...diffEdits([...path, i], before[i], after[i]));
    // Remove from the end, so earlier indexes stay valid while the edits are applied in order.
    for (let i = before.length - 1; i >= after.length; i--)
      edits.push({ path: [...path, i], value: undefined });
    for (let i = before.length; i < after.length; i++) edits.push({ path: [...path, i], value: after[i] });
    return edits;
  }
  return [{ path, value: after }];
}

/** Surviving keys keep their relative order, and every new key comes after them all. */
function sameOrder(before: string[], after: string[]): boolean {
  const kept = after.filter((k) => before.includes(k));
  const oldKept = before.filter((k) => after.includes(k));
  if (kept.some((k, i) => k !== oldKept[i])) return false;
  const lastKept = kept.length === 0 ? -1 : after.indexOf(kept[kept.length - 1] as string);
  return after.every((k, i) => before.includes(k) || i > lastKept);
}

/** Applies field edits to the request text in order (format-preserving). */
export function applyEdits(text: string, edits: FieldEdit[]): string {
  let out = text;
  for (const e of edits)
    out = e.value === undefined ? removeRequestField(out, e.path) : setRequestField(out, e.path, e.value);
  return out;
}

/** Rewrites the value at `path` in the request text from `before` to `after`, touching only what changed. */
export function replaceInText(text: string, path: RequestPath, before: unknown, after: unknown): string {
  return applyEdits(text, diffEdits(path, before, after));
}
