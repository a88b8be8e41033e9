import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import {
  draftsToTests,
  emptyDraft,
  newTestId,
  testToDraft,
  TOOL_TEST_LIMITS,
  type ToolTest,
  type ToolTestDraft,
} from '../../core/tools/tool-tests';

interface ToolTestsState {
  /** The tests as typed; see ToolTestDraft. */
  drafts: ToolTestDraft[];
  /** Adds an empty test; returns its id. */
  add: () => string;
  update: (id: string, patch: Partial<Omit<ToolTestDraft, 'id'>>) => void;
  remove: (id: string) => void;
  /** Replaces every test (a preset or a link brought its own). */
  replaceAll: (tests: readonly ToolTest[]) => void;
  /** Puts back drafts exactly as they were (Undo of a replacement). */
  restore: (drafts: readonly ToolTestDraft[]) => void;
}

/** Most characters kept per text field from storage: beyond any valid test (see TOOL_TEST_LIMITS). */
const MAX_STORED_TEXT = 200_000;

/**
 * The tool tests of the workspace: they go with the request (saved in presets, carried by share
 * links) and are kept across reloads so nothing typed is lost.
 */
export const useToolTestsStore = create<ToolTestsState>()(
  persist(
    (set) => ({
      drafts: [],
      add: () => {
        const id = newTestId();
        set((s) =>
          s.drafts.length >= TOOL_TEST_LIMITS.tests ? s : { drafts: [...s.drafts, emptyDraft(id)] },
        );
        return id;
      },
      update: (id, patch) =>
        set((s) => ({ drafts: s.drafts.map((d) => (d.id === id ? { ...d, ...patch } : d)) })),
      remove: (id) => set((s) => ({ drafts: s.drafts.filter((d) => d.id !== id) })),
      replaceAll: (tests) => set({ drafts: tests.map(testToDraft) }),
      restore: (drafts) => set({ drafts: [...drafts] }),
    }),
    {
      name: 'rp.toolTests',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ drafts: state.drafts }),
      // Stored data is an edge: keep only well-formed drafts.
      merge: (persisted, current) => ({ ...current, drafts: validDrafts(persisted) }),
    },
  ),
);

/** The tests ready to run or save, or which drafts (0-based) cannot, and why. */
export function selectToolTests(state: Pick<ToolTestsState, 'drafts'>): ReturnType<typeof draftsToTests> {
  return draftsToTests(state.drafts);
}

function validDrafts(value: unknown): ToolTestDraft[] {
  const list = (value as { drafts?: unknown } | undefined)?.drafts;
  if (!Array.isArray(list)) return [];
  const text = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_STORED_TEXT;
  return list.slice(0, TOOL_TEST_LIMITS.tests).filter((d): d is ToolTestDraft => {
    if (typeof d !== 'object' || d === null) return false;
    const v = d as Record<string, unknown>;
    return (
      typeof v.id === 'string' &&
      text(v.name) &&
      text(v.inputText) &&
      typeof v.inputIsItems === 'boolean' &&
      text(v.expectedText) &&
      text(v.expectationsText)
    );
  });
}
