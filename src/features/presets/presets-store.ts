import * as v from 'valibot';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { PRESET_LIMITS, uniquePresetName, type PresetEntry } from '../../core/presets/preset-format';
import { parseRequestText } from '../../core/request/parse-request';
import { newTestId, readToolTests } from '../../core/tools/tool-tests';
import { readOr, validItems } from '../../core/valid';

/** A preset the user saved. It holds the request text only: never a key, a header or a base URL. */
export interface UserPreset extends PresetEntry {
  id: string;
  createdAt: number;
  updatedAt: number;
}

interface PresetsState {
  presets: UserPreset[];
  /** Saves a request under a name (made unique); returns the new preset's id. */
  add: (entry: PresetEntry) => string;
  /** Adds many (an import); names are made unique; returns how many were added. */
  addMany: (entries: readonly PresetEntry[]) => number;
  rename: (id: string, name: string) => void;
  duplicate: (id: string) => void;
  remove: (id: string) => void;
  /** Replaces a preset's request with new text (Update from editor). */
  updateRequest: (id: string, requestText: string) => void;
}

const newId = () =>
  globalThis.crypto?.randomUUID?.() ?? `p-${Date.now()}-${Math.random().toString(36).slice(2)}`;

function make(entry: PresetEntry, taken: string[]): UserPreset {
  const now = Date.now();
  const preset: UserPreset = {
    id: newId(),
    name: uniquePresetName(entry.name.trim().slice(0, PRESET_LIMITS.nameChars) || 'Untitled', taken),
    requestText: entry.requestText,
    createdAt: now,
    updatedAt: now,
  };
  if (entry.description) preset.description = entry.description;
  if (entry.tests?.length) preset.tests = entry.tests;
  return preset;
}

// Defined before the store: it hydrates (and calls these) as it is created.
/** Stored tests go through the same checks as imported ones; broken ones are dropped, not the preset. */
function withValidTests({ tests, ...preset }: Omit<UserPreset, 'tests'> & { tests?: unknown }): UserPreset {
  if (tests === undefined) return preset;
  const read = readToolTests(tests, preset.name, newTestId);
  return read.ok && read.value.tests.length > 0 ? { ...preset, tests: read.value.tests } : preset;
}

/** Stored presets are an edge: only well-formed ones with a request that parses are kept. */
const StoredPresets = v.object({
  presets: validItems(
    v.pipe(
      v.object({
        id: v.string(),
        name: v.string(),
        description: v.optional(v.string()),
        requestText: v.pipe(
          v.string(),
          v.check((text) => parseRequestText(text).ok),
        ),
        createdAt: v.number(),
        updatedAt: v.number(),
        tests: v.optional(v.unknown()),
      }),
      v.transform(withValidTests),
    ),
  ),
});

/** Presets read back from storage (an edge): well-formed ones only, their tests checked like imported ones. */
export function validPresets(value: unknown): UserPreset[] {
  return readOr(StoredPresets, value, { presets: [] }).presets;
}

export const usePresetsStore = create<PresetsState>()(
  persist(
    (set, get) => ({
      presets: [],
      add: (entry) => {
        const preset = make(
          entry,
          get().presets.map((p) => p.name),
        );
        set({ presets: [...get().presets, preset] });
        return preset.id;
      },
      addMany: (entries) => {
        const presets = [...get().presets];
        for (const entry of entries)
          presets.push(
            make(
              entry,
              presets.map((p) => p.name),
            ),
          );
        set({ presets });
        return entries.length;
      },
      rename: (id, name) =>
        set((s) => {
          const trimmed = name.trim().slice(0, PRESET_LIMITS.nameChars);
          if (!trimmed) return s;
          const others = s.presets.filter((p) => p.id !== id).map((p) => p.name);
          return {
            presets: s.presets.map((p) =>
              p.id === id ? { ...p, name: uniquePresetName(trimmed, others), updatedAt: Date.now() } : p,
            ),
          };
        }),
      duplicate: (id) =>
        set((s) => {
          const index = s.presets.findIndex((p) => p.id === id);
          const source = s.presets[index];
          if (!source) return s;
          const copy = make(
            { ...source, name: `${source.name} (copy)` },
            s.presets.map((p) => p.name),
          );
          return { presets: [...s.presets.slice(0, index + 1), copy, ...s.presets.slice(index + 1)] };
        }),
      remove: (id) => set((s) => ({ presets: s.presets.filter((p) => p.id !== id) })),
      updateRequest: (id, requestText) =>
        set((s) => ({
          presets: s.presets.map((p) => (p.id === id ? { ...p, requestText, updatedAt: Date.now() } : p)),
        })),
    }),
    {
      name: 'rp.presets',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ presets: state.presets }),
      // Stored data is an edge: keep only well-formed presets with a valid request.
      merge: (persisted, current) => ({ ...current, presets: validPresets(persisted) }),
    },
  ),
);
