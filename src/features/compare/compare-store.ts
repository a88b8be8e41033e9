/**
 * Compare mode's state: the columns as set (persisted, never a key), and what each column's
 * latest runs brought (in memory only). Keys live in the connection store, by key id.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import {
  COMPARE_STORAGE_VERSION,
  MAX_COLUMNS,
  MIN_COLUMNS,
  sanitizeCompare,
  type ColumnRun,
  type ColumnSettings,
} from '../../core/compare';
import { initialView } from '../../core/response/reduce';
import type { ResponseView } from '../../core/response/types';
import { selectActiveProfile, useConnectionStore } from '../../state/connection';

/** What one column's runs brought: the run on screen, and the finished runs of the last Send all. */
export interface ColumnLive {
  view: ResponseView;
  /** Event types of the run on screen, by count. */
  eventTypes: Record<string, number>;
  /** Finished runs, oldest first. */
  runs: ColumnRun[];
  /** The run on screen (0-based) and how many were asked for. */
  runIndex: number;
  runTotal: number;
  /** The body this column sent (its tools give the schemas for argument checks). */
  sentBody?: string;
  /** The readable headers of its last response. */
  responseHeaders?: [string, string][];
  /** Why this column did not send (bad overrides, base URL). */
  blocked?: string;
  /** A run is going or still to come (Stop applies). */
  running?: boolean;
}

export interface CompareState {
  open: boolean;
  columns: ColumnSettings[];
  runsPerColumn: number;
  /** By column id. */
  live: Record<string, ColumnLive>;
  /** The comparison on screen: its history group, when it was sent, the request it started from. */
  current?: { groupId: string; at: number; requestText: string };
  /** A short message for the whole panel (nothing sent, a link opened). */
  notice?: { kind: 'error' | 'info'; text: string };
}

export function emptyLive(): ColumnLive {
  return { view: initialView(), eventTypes: {}, runs: [], runIndex: 0, runTotal: 0 };
}

export function newColumnId(): string {
  const random = globalThis.crypto?.randomUUID?.().slice(0, 8) ?? Math.random().toString(36).slice(2, 10);
  return `c-${random}`;
}

/** A column on the active profile (it follows the profile's base URL and key). */
export function columnOnActiveProfile(): ColumnSettings {
  const profile = selectActiveProfile(useConnectionStore.getState());
  return { id: newColumnId(), profileId: profile.id, baseUrl: profile.baseUrl, model: '', overrides: '' };
}

export const useCompareStore = create<CompareState>()(
  persist((): CompareState => ({ open: false, columns: [], runsPerColumn: 1, live: {} }), {
    name: 'rp.compare',
    version: COMPARE_STORAGE_VERSION,
    storage: createJSONStorage(() => localStorage),
    partialize: (state) => ({ columns: state.columns, runsPerColumn: state.runsPerColumn }),
    merge: (persisted, current) => ({ ...current, ...sanitizeCompare(persisted) }),
  }),
);

/** Opens (or closes) Compare; the first time with two columns on the active profile. */
export function setCompareOpen(open: boolean): void {
  useCompareStore.setState((s) => {
    if (!open || s.columns.length >= MIN_COLUMNS) return { open };
    const columns = [...s.columns];
    while (columns.length < MIN_COLUMNS) columns.push(columnOnActiveProfile());
    return { open, columns };
  });
}

/** Adds a column like the last one (up to four). */
export function addColumn(): void {
  useCompareStore.setState((s) => {
    if (s.columns.length >= MAX_COLUMNS) return s;
    const last = s.columns.at(-1);
    const column = last ? { ...last, id: newColumnId() } : columnOnActiveProfile();
    return { columns: [...s.columns, column] };
  });
}

/** Removes a column (never below two). */
export function removeColumn(id: string): void {
  useCompareStore.setState((s) => {
    if (s.columns.length <= MIN_COLUMNS) return s;
    const live = { ...s.live };
    delete live[id];
    return { columns: s.columns.filter((c) => c.id !== id), live };
  });
}

export function updateColumn(id: string, patch: Partial<Omit<ColumnSettings, 'id'>>): void {
  useCompareStore.setState((s) => ({
    columns: s.columns.map((c) => (c.id === id ? { ...c, ...patch, id: c.id } : c)),
  }));
}

export function setRunsPerColumn(runs: number): void {
  useCompareStore.setState({ runsPerColumn: runs });
}

/** Replaces part of one column's live state. */
export function patchLive(id: string, patch: Partial<ColumnLive>): void {
  useCompareStore.setState((s) => ({
    live: { ...s.live, [id]: { ...(s.live[id] ?? emptyLive()), ...patch } },
  }));
}
