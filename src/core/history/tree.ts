/**
 * Tree operations over history entries. Entries link to their parent by `parentId`, or, when that
 * is missing (imported, recorded before the parent), by `previousResponseId` matched against another
 * entry's `responseId`. All functions are pure and O(n) or better per call.
 */
import type { HistoryEntry } from './types';

export interface HistoryIndex {
  byId: Map<string, HistoryEntry>;
  byResponseId: Map<string, HistoryEntry>;
  /** Children per parent id, oldest first; roots under the key `''`. */
  children: Map<string, HistoryEntry[]>;
  /** Resolved parent per entry id (absent for roots). */
  parentOf: Map<string, string>;
}

/** Builds the lookup tables for a set of entries. */
export function buildIndex(entries: Iterable<HistoryEntry>): HistoryIndex {
  const byId = new Map<string, HistoryEntry>();
  const byResponseId = new Map<string, HistoryEntry>();
  for (const entry of entries) {
    byId.set(entry.id, entry);
    if (entry.responseId) byResponseId.set(entry.responseId, entry);
  }
  const children = new Map<string, HistoryEntry[]>();
  const parentOf = new Map<string, string>();
  for (const entry of byId.values()) {
    const parent = resolveParent(entry, byId, byResponseId);
    if (parent) parentOf.set(entry.id, parent);
    const key = parent ?? '';
    const list = children.get(key);
    if (list) list.push(entry);
    else children.set(key, [entry]);
  }
  for (const list of children.values()) list.sort(oldestFirst);
  breakCycles(byId, parentOf, children);
  return { byId, byResponseId, children, parentOf };
}

function resolveParent(
  entry: HistoryEntry,
  byId: Map<string, HistoryEntry>,
  byResponseId: Map<string, HistoryEntry>,
): string | undefined {
  if (entry.parentId && entry.parentId !== entry.id && byId.has(entry.parentId)) return entry.parentId;
  const viaResponse = entry.previousResponseId ? byResponseId.get(entry.previousResponseId) : undefined;
  return viaResponse && viaResponse.id !== entry.id ? viaResponse.id : undefined;
}

// Imported or hand-edited data could link in a loop; such entries become roots so walks end.
function breakCycles(
  byId: Map<string, HistoryEntry>,
  parentOf: Map<string, string>,
  children: Map<string, HistoryEntry[]>,
): void {
  const state = new Map<string, 'walking' | 'done'>();
  for (const start of byId.keys()) {
    const path: string[] = [];
    let id: string | undefined = start;
    while (id !== undefined && state.get(id) === undefined) {
      state.set(id, 'walking');
      path.push(id);
      id = parentOf.get(id);
    }
    if (id !== undefined && state.get(id) === 'walking') {
      const parent = parentOf.get(id)!;
      parentOf.delete(id);
      const siblings = children.get(parent) ?? [];
      children.set(
        parent,
        siblings.filter((e) => e.id !== id),
      );
      const roots = children.get('') ?? [];
      roots.push(byId.get(id)!);
      roots.sort(oldestFirst);
      children.set('', roots);
    }
    for (const done of path) state.set(done, 'done');
  }
}

function oldestFirst(a: HistoryEntry, b: HistoryEntry): number {
  return a.createdAt - b.createdAt || a.id.localeCompare(b.id);
}

/** Entries newest first (the History list order). */
export function newestFirst(entries: Iterable<HistoryEntry>): HistoryEntry[] {
  return [...entries].sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
}

/** The path from the root down to `id`, inclusive; empty when `id` is unknown. */
export function pathTo(index: HistoryIndex, id: string): HistoryEntry[] {
  const path: HistoryEntry[] = [];
  let current: string | undefined = id;
  while (current !== undefined) {
    const entry = index.byId.get(current);
    if (!entry) break;
    path.push(entry);
    current = index.parentOf.get(current);
  }
  return path.reverse();
}

/** `id` and everything below it, parents before children. */
export function subtreeIds(index: HistoryIndex, id: string): string[] {
  if (!index.byId.has(id)) return [];
  const out: string[] = [];
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop()!;
    out.push(next);
    for (const child of index.children.get(next) ?? []) stack.push(child.id);
  }
  return out;
}

/**
 * The conversation through `id`: its ancestors, itself, then the newest reply at each level below
 * it, so the thread view shows where a branch went on.
 */
export function threadThrough(index: HistoryIndex, id: string): HistoryEntry[] {
  const thread = pathTo(index, id);
  if (thread.length === 0) return thread;
  let current = id;
  for (;;) {
    const replies = index.children.get(current);
    const latest = replies?.at(-1);
    if (!latest) return thread;
    thread.push(latest);
    current = latest.id;
  }
}

export interface TreeRow {
  entry: HistoryEntry;
  depth: number;
  /** Number of direct replies (a branch point when > 1). */
  replies: number;
}

/** Depth-first rows for the tree view: newest root first, replies oldest first under their parent. */
export function treeRows(index: HistoryIndex): TreeRow[] {
  const rows: TreeRow[] = [];
  // The stack pops from its end: roots go in oldest first so the newest comes out first, and
  // replies go in newest first so the oldest comes out first.
  const stack = (index.children.get('') ?? []).map((entry) => ({ entry, depth: 0 }));
  while (stack.length > 0) {
    const { entry, depth } = stack.pop()!;
    const replies = index.children.get(entry.id) ?? [];
    rows.push({ entry, depth, replies: replies.length });
    for (let i = replies.length - 1; i >= 0; i--) stack.push({ entry: replies[i]!, depth: depth + 1 });
  }
  return rows;
}

const ANSWERED = new Set(['completed', 'incomplete']);

/**
 * The entry a new turn should continue when the user picked `id`: `id` itself when it holds an
 * answer, else its nearest answered ancestor (a failed or cancelled turn never happened as far as
 * the server knows, so a follow-up becomes its sibling).
 */
export function answeredAncestor(index: HistoryIndex, id: string | undefined): HistoryEntry | undefined {
  let current = id;
  while (current !== undefined) {
    const entry = index.byId.get(current);
    if (!entry) return undefined;
    if (ANSWERED.has(entry.status)) return entry;
    current = index.parentOf.get(current);
  }
  return undefined;
}
