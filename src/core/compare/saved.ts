/** Comparisons kept in history: entries sharing a group id, put back together by column and run. */
import type { HistoryEntry } from '../history/types';

export interface SavedComparison {
  groupId: string;
  /** When its first request went out. */
  at: number;
  /** Runs per column it was asked for. */
  runs: number;
  /** Per column (in order), its entries by run. Columns with no entry left are skipped. */
  columns: HistoryEntry[][];
}

/**
 * Groups history entries into comparisons, newest first. Entries without a group are ignored;
 * a column's entries are ordered by run.
 */
export function savedComparisons(entries: Iterable<HistoryEntry>): SavedComparison[] {
  const groups = new Map<string, { at: number; runs: number; byColumn: Map<number, HistoryEntry[]> }>();
  for (const entry of entries) {
    const group = entry.group;
    if (!group) continue;
    let saved = groups.get(group.id);
    if (!saved) {
      saved = { at: entry.createdAt, runs: group.runs, byColumn: new Map() };
      groups.set(group.id, saved);
    }
    saved.at = Math.min(saved.at, entry.createdAt);
    saved.runs = Math.max(saved.runs, group.runs);
    const list = saved.byColumn.get(group.column) ?? [];
    list.push(entry);
    saved.byColumn.set(group.column, list);
  }
  return [...groups.entries()]
    .map(([groupId, { at, runs, byColumn }]) => ({
      groupId,
      at,
      runs,
      columns: [...byColumn.entries()]
        .sort(([a], [b]) => a - b)
        .map(([, list]) => list.sort((x, y) => (x.group?.run ?? 0) - (y.group?.run ?? 0))),
    }))
    .sort((a, b) => b.at - a.at);
}
