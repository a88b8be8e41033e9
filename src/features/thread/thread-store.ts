import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { ChainMode } from '../../core/history';
import { keyScope } from '../connection';

/** How turns are chained for one base URL (remembered once the user picked replay mode). */
export interface ChainSetting {
  mode: ChainMode;
  /** The server also refused `store`: leave it out in replay mode. */
  dropStore?: boolean;
}

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
  /** Chaining per base URL scope (see keyScope). */
  chainModes: Record<string, ChainSetting>;
  autoAnswer: boolean;
  stepLimit: number;
  /** What the auto-answer loop did, step by step (this tab only). */
  trail: TrailStep[];
  /** Why the last round-trip send did not go out. */
  sendError?: string;
}

const MAX_DRAFTS = 200;

export const useThreadStore = create<ThreadState>()(
  persist(
    (): ThreadState => ({
      drafts: {},
      followUp: '',
      fixtures: {},
      chainModes: {},
      autoAnswer: false,
      stepLimit: 5,
      trail: [],
    }),
    {
      name: 'rp.thread',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ drafts, followUp, fixtures, chainModes, autoAnswer, stepLimit }) => ({
        drafts,
        followUp,
        fixtures,
        chainModes,
        autoAnswer,
        stepLimit,
      }),
      // Persisted state is an edge: keep only well-typed fields.
      merge: (persisted, current) => ({ ...current, ...validPersisted(persisted) }),
    },
  ),
);

function stringMap(value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(
      (e): e is [string, string] => typeof e[1] === 'string',
    ),
  );
}

function validPersisted(value: unknown): Partial<ThreadState> {
  if (typeof value !== 'object' || value === null) return {};
  const v = value as Record<string, unknown>;
  const out: Partial<ThreadState> = {};
  const drafts = stringMap(v.drafts);
  const fixtures = stringMap(v.fixtures);
  if (drafts) out.drafts = drafts;
  if (fixtures) out.fixtures = fixtures;
  if (typeof v.followUp === 'string') out.followUp = v.followUp;
  if (typeof v.autoAnswer === 'boolean') out.autoAnswer = v.autoAnswer;
  if (typeof v.stepLimit === 'number' && v.stepLimit >= 1)
    out.stepLimit = Math.min(50, Math.floor(v.stepLimit));
  if (typeof v.chainModes === 'object' && v.chainModes !== null) {
    out.chainModes = Object.fromEntries(
      Object.entries(v.chainModes as Record<string, unknown>).flatMap(([scope, s]) => {
        const setting = s as Partial<ChainSetting> | null;
        if (setting?.mode !== 'chain' && setting?.mode !== 'replay') return [];
        return [[scope, { mode: setting.mode, dropStore: setting.dropStore === true }]];
      }),
    );
  }
  return out;
}

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

export function chainSettingFor(baseUrl: string): ChainSetting {
  return useThreadStore.getState().chainModes[keyScope(baseUrl)] ?? { mode: 'chain' };
}

export function setChainSetting(baseUrl: string, setting: ChainSetting): void {
  useThreadStore.setState((s) => ({ chainModes: { ...s.chainModes, [keyScope(baseUrl)]: setting } }));
}

export function addTrail(kind: TrailStep['kind'], text: string): void {
  useThreadStore.setState((s) => ({ trail: [...s.trail, { at: Date.now(), kind, text }].slice(-50) }));
}
