import * as v from 'valibot';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { ChainMode } from '../../core/history';
import { definedFields, lenient, readOr, validEntries } from '../../core/valid';
import { keyScope, selectChainingMode, useConnectionStore } from '../../state/connection';

export interface TrailStep {
  at: number;
  kind: 'step' | 'done' | 'stop';
  text: string;
}

interface ThreadState {
  /** Tool outputs being typed, by `<response id>|<call id>`, so a reload keeps them. */
  drafts: Record<string, string>;
  /** The follow-up message being typed. */
  followUp: string;
  /** Saved outputs per tool name, to answer calls in one click. */
  fixtures: Record<string, string>;
  /** Base URLs (by keyScope) whose server refused `store`: replay mode leaves it out there. */
  dropStore: Record<string, boolean>;
  autoAnswer: boolean;
  stepLimit: number;
  /** What the auto-answer loop did, step by step (this tab only). */
  trail: TrailStep[];
  /** Why the last round-trip send did not go out. */
  sendError?: string;
}

const MAX_DRAFTS = 200;

// Defined before the store: it hydrates (and calls these) as it is created.
const StoredThread = v.pipe(
  v.object({
    drafts: lenient(validEntries(v.string())),
    fixtures: lenient(validEntries(v.string())),
    followUp: lenient(v.string()),
    autoAnswer: lenient(v.boolean()),
    stepLimit: lenient(
      v.pipe(
        v.number(),
        v.minValue(1),
        v.transform((n) => Math.min(50, Math.floor(n))),
      ),
    ),
    // Only `true` means anything: the base URL refused `store`.
    dropStore: lenient(validEntries(v.literal(true))),
  }),
  v.transform((state): Partial<ThreadState> => definedFields(state)),
);

function validPersisted(value: unknown): Partial<ThreadState> {
  return readOr(StoredThread, value, {});
}

export const useThreadStore = create<ThreadState>()(
  persist(
    (): ThreadState => ({
      drafts: {},
      followUp: '',
      fixtures: {},
      dropStore: {},
      autoAnswer: false,
      stepLimit: 5,
      trail: [],
    }),
    {
      name: 'rp.thread',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ drafts, followUp, fixtures, dropStore, autoAnswer, stepLimit }) => ({
        drafts,
        followUp,
        fixtures,
        dropStore,
        autoAnswer,
        stepLimit,
      }),
      // Persisted state is an edge: keep only well-typed fields.
      merge: (persisted, current) => ({ ...current, ...validPersisted(persisted) }),
    },
  ),
);

export const draftKey = (owner: string, callId: string) => `${owner}|${callId}`;

export function setDraft(key: string, text: string): void {
  useThreadStore.setState((s) => {
    const drafts = { ...s.drafts };
    delete drafts[key];
    drafts[key] = text;
    // Oldest first in insertion order: forget the oldest beyond the limit.
    const keys = Object.keys(drafts);
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_DRAFTS))) delete drafts[old];
    return { drafts };
  });
}

/**
 * How turns continue on the active endpoint. The choice lives in the connection profile (its
 * Chaining mode, which the endpoint doctor can also settle), so there is one setting, not two.
 */
export function currentChainMode(): ChainMode {
  const mode = selectChainingMode(useConnectionStore.getState());
  return mode === 'server' ? 'chain' : mode;
}

/** Remembers replay mode for the active profile (and its base URL). */
export function rememberReplay(): void {
  const { activeProfileId, updateProfile } = useConnectionStore.getState();
  updateProfile(activeProfileId, { chainingMode: 'replay' });
}

export function dropsStore(baseUrl: string): boolean {
  return useThreadStore.getState().dropStore[keyScope(baseUrl)] === true;
}

export function rememberDropStore(baseUrl: string): void {
  useThreadStore.setState((s) => ({ dropStore: { ...s.dropStore, [keyScope(baseUrl)]: true } }));
}

export function addTrail(kind: TrailStep['kind'], text: string): void {
  useThreadStore.setState((s) => ({ trail: [...s.trail, { at: Date.now(), kind, text }].slice(-50) }));
}
