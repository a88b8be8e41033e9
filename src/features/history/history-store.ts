import { create } from 'zustand';
import type { HistoryBody, HistoryEntry, PersistStatus } from '../../core/history';

interface HistoryState {
  /** Stored entries have been read (until then the list shows only this session's turns). */
  loaded: boolean;
  /** Every entry by id: summaries only, bodies load on demand (see history-runtime.ts). */
  entries: Record<string, HistoryEntry>;
  /** The entry the next follow-up continues (the latest one by default). */
  selectedId?: string;
  /** The entry whose response the Output pane shows (tool outputs answer this one). */
  shownId?: string;
  persist: PersistStatus;
  /** Entries of the run in progress in this tab (so the list can tell live from interrupted). */
  liveId?: string;
}

/**
 * The response tree in memory. Writes go through history-runtime.ts, which persists each change to
 * IndexedDB and tells other tabs; this store only holds what the UI draws.
 */
export const useHistoryStore = create<HistoryState>()(() => ({
  loaded: false,
  entries: {},
  persist: { state: 'saved' },
}));

/** Adds or replaces entries in memory (no persistence: callers decide). */
export function setEntries(list: readonly HistoryEntry[]): void {
  if (list.length === 0) return;
  useHistoryStore.setState((s) => {
    const entries = { ...s.entries };
    for (const entry of list) entries[entry.id] = entry;
    return { entries };
  });
}

/** Drops entries from memory, and the selection when it pointed at one of them. */
export function dropEntries(ids: readonly string[]): void {
  if (ids.length === 0) return;
  useHistoryStore.setState((s) => {
    const entries = { ...s.entries };
    for (const id of ids) delete entries[id];
    const gone = (id: string | undefined) => (id !== undefined && !(id in entries) ? undefined : id);
    return { entries, selectedId: gone(s.selectedId), shownId: gone(s.shownId) };
  });
}

/** A tiny LRU of loaded bodies; bodies can be megabytes, so only the recent few stay in memory. */
const BODY_CACHE_SIZE = 40;
const bodyCache = new Map<string, HistoryBody>();

export function cacheBody(body: HistoryBody): void {
  bodyCache.delete(body.id);
  bodyCache.set(body.id, body);
  while (bodyCache.size > BODY_CACHE_SIZE) bodyCache.delete(bodyCache.keys().next().value!);
}

export function cachedBody(id: string): HistoryBody | undefined {
  const body = bodyCache.get(id);
  if (body) cacheBody(body);
  return body;
}

export function forgetBodies(ids?: readonly string[]): void {
  if (!ids) bodyCache.clear();
  else for (const id of ids) bodyCache.delete(id);
}
