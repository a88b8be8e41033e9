import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { keyScope } from './key-scope';

export interface HeaderRow {
  name: string;
  value: string;
}

interface ConnectionState {
  baseUrl: string;
  /** API keys by `keyScope(baseUrl)`; only the current scope's key is ever sent. */
  keys: Record<string, string>;
  /** Opt-in: keep keys in localStorage across reloads. Off: keys live in memory only. */
  rememberKeys: boolean;
  headers: HeaderRow[];
  setBaseUrl: (baseUrl: string) => void;
  setApiKey: (key: string) => void;
  setRememberKeys: (remember: boolean) => void;
  setHeaders: (headers: HeaderRow[]) => void;
}

/** The built-in demo backend, served by `npm start` and `npm run dev` on the app's own origin. */
export function demoBaseUrl(): string {
  return `${window.location.origin}/demo/v1`;
}

export const useConnectionStore = create<ConnectionState>()(
  persist(
    (set) => ({
      baseUrl: demoBaseUrl(),
      keys: {},
      rememberKeys: false,
      headers: [],
      setBaseUrl: (baseUrl) => set({ baseUrl }),
      setApiKey: (key) =>
        set((state) => {
          const keys = { ...state.keys };
          const scope = keyScope(state.baseUrl);
          if (key) keys[scope] = key;
          else delete keys[scope];
          return { keys };
        }),
      setRememberKeys: (rememberKeys) => set({ rememberKeys }),
      setHeaders: (headers) => set({ headers }),
    }),
    {
      name: 'rp.connection',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      // Keys reach storage only when the user opted in; otherwise a reload forgets them.
      partialize: (state) => ({
        baseUrl: state.baseUrl,
        headers: state.headers,
        rememberKeys: state.rememberKeys,
        keys: state.rememberKeys ? state.keys : {},
      }),
      // Persisted state is an edge: take only well-typed fields, keep defaults for the rest.
      merge: (persisted, current) => ({ ...current, ...validPersisted(persisted) }),
    },
  ),
);

/** The key for the current base URL, or '' when none was entered for it. */
export function selectApiKey(state: Pick<ConnectionState, 'baseUrl' | 'keys'>): string {
  return state.keys[keyScope(state.baseUrl)] ?? '';
}

function validPersisted(value: unknown): Partial<ConnectionState> {
  if (typeof value !== 'object' || value === null) return {};
  const v = value as Record<string, unknown>;
  const out: Partial<ConnectionState> = {};
  if (typeof v.baseUrl === 'string' && v.baseUrl.trim()) out.baseUrl = v.baseUrl;
  if (typeof v.rememberKeys === 'boolean') out.rememberKeys = v.rememberKeys;
  if (Array.isArray(v.headers)) {
    out.headers = v.headers.filter(
      (h): h is HeaderRow =>
        typeof h === 'object' &&
        h !== null &&
        typeof (h as HeaderRow).name === 'string' &&
        typeof (h as HeaderRow).value === 'string',
    );
  }
  if (out.rememberKeys && typeof v.keys === 'object' && v.keys !== null) {
    out.keys = Object.fromEntries(
      Object.entries(v.keys as Record<string, unknown>).filter(
        (e): e is [string, string] => typeof e[1] === 'string',
      ),
    );
  }
  return out;
}
