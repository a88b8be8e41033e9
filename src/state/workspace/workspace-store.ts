import * as v from 'valibot';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { DEFAULT_REQUEST_TEXT } from '../../core/request/default-request';
import { readOr } from '../../core/valid';
import { debouncedJsonStorage } from './debounced-storage';
import { flushPendingEdit } from './pending-edit';

const StoredWorkspace = v.object({ requestText: v.string() });

interface WorkspaceState {
  /** The request exactly as the editor shows it: what is shown is what is sent. */
  requestText: string;
  setRequestText: (text: string) => void;
}

type Persisted = Pick<WorkspaceState, 'requestText'>;

// Saved off the keystroke path: a 1 MiB request is not serialised on every key.
const storage = debouncedJsonStorage<Persisted>(() => localStorage);

/** Writes the request to storage now (it is otherwise saved shortly after typing stops). */
export const flushWorkspace = (): void => {
  flushPendingEdit();
  storage.flush();
};

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
      storage,
      partialize: (state): Persisted => ({ requestText: state.requestText }),
      // Stored state is an edge: a request text that is not a string leaves the default.
      merge: (persisted, current) => ({ ...current, ...readOr(StoredWorkspace, persisted, {}) }),
    },
  ),
);
