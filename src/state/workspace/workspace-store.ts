import * as v from 'valibot';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { DEFAULT_REQUEST_TEXT } from '../../core/request/default-request';
import { readOr } from '../../core/valid';

const StoredWorkspace = v.object({ requestText: v.string() });

interface WorkspaceState {
  /** The request exactly as the editor shows it: what is shown is what is sent. */
  requestText: string;
  setRequestText: (text: string) => void;
}

/** The request being edited, kept across reloads so nothing typed is lost. */
export const useWorkspaceStore = create<WorkspaceState>()(
  persist(
    (set) => ({
      requestText: DEFAULT_REQUEST_TEXT,
      setRequestText: (requestText) => set({ requestText }),
    }),
    {
      name: 'rp.workspace',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ requestText: state.requestText }),
      // Stored state is an edge: a request text that is not a string leaves the default.
      merge: (persisted, current) => ({ ...current, ...readOr(StoredWorkspace, persisted, {}) }),
    },
  ),
);
