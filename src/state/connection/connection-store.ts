import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Endpoint } from '../../core/api/types';
import {
  CONNECTION_STORAGE_VERSION,
  migrateConnection,
  sanitizeConnection,
} from '../../core/endpoints/persisted';
import {
  DEMO_PROFILE_ID,
  demoProfile,
  effectiveChainingMode,
  headerRecord,
  type ChainingMode,
  type HeaderRow,
  type Profile,
} from '../../core/endpoints/profile';
import { profileKeyId } from '../../core/endpoints/key-scope';
import { type DoctorCard } from '../../core/endpoints/doctor-types';
import { appDirectory, demoBaseUrl } from '../../core/hosting/app-location';
import { profileWithoutSecrets } from '../../core/endpoints/stored-secrets';
import * as transitions from './profile-state';
import {
  activeProfile,
  profileForBaseUrl,
  withMirrors,
  type ConnectionSnapshot,
  type OfferedProfile,
  type ProfilesState,
} from './profile-state';

export type { HeaderRow } from '../../core/endpoints/profile';

/** Whether the page is served by `npm start`, whose local proxy it may use. */
export type ProxyStatus = 'unknown' | 'available' | 'unavailable';

/** What a profile's settings form may change (base URL and key have their own actions). */
export type ProfilePatch = Partial<
  Pick<Profile, 'name' | 'headers' | 'chainingMode' | 'useProxy' | 'notes' | 'prices'>
>;

export interface ConnectionState extends ProfilesState {
  /** Opt-in: keep keys in localStorage across reloads. Off: keys live in memory only. */
  rememberKeys: boolean;
  /** Key ids whose key was in use when the page was last left but not remembered (no opt-in):
   * only this flag is stored, never the key, so the page can say the key was not kept. */
  keysInUse: string[];
  proxy: ProxyStatus;
  /** Edits the active profile's base URL (the built-in demo profile forks into a new profile). */
  setBaseUrl: (baseUrl: string) => void;
  /** A base URL from a link: switches to the profile that has it, or creates one. */
  openBaseUrl: (baseUrl: string) => void;
  setApiKey: (key: string) => void;
  /**
   * Sets a key under its key id (`profileKeyId(owner, base URL)`), e.g. for a Compare column: the
   * same map, scoping and opt-in persistence as the main connection's key.
   */
  setKeyById: (keyId: string, key: string) => void;
  setRememberKeys: (remember: boolean) => void;
  /** Forgets that a key was in use for the active profile and base URL (the notice was dismissed). */
  dismissKeyNotKept: () => void;
  /** The active profile's extra headers. */
  setHeaders: (headers: HeaderRow[]) => void;
  selectProfile: (id: string) => void;
  /** A blank profile, or a copy of `fromId` (without key and doctor card); it becomes active. */
  addProfile: (fromId?: string) => void;
  updateProfile: (id: string, patch: ProfilePatch) => void;
  removeProfile: (id: string) => void;
  setDoctorCard: (id: string, card: DoctorCard | undefined) => void;
  setProxyStatus: (proxy: ProxyStatus) => void;
  /** Profiles a self-hoster's playground.json offers; the first becomes active with `activateFirst`. */
  offerProfiles: (profiles: readonly OfferedProfile[], activateFirst: boolean) => void;
  /** Undoes what changed between two snapshots (see `restoreSnapshot`). */
  restore: (before: ConnectionSnapshot, after: ConnectionSnapshot) => void;
}

/** The page's directory: the demo backend lives beside the app, whatever sub-path serves it. */
const appDir = () => appDirectory(window.location.href);

function initialState(): ProfilesState {
  return withMirrors({
    profiles: [demoProfile(appDir())],
    activeProfileId: DEMO_PROFILE_ID,
    keys: {},
    baseUrl: '',
    headers: [],
  });
}

/** A stored v1 base URL that pointed at this app's demo backend, or some `npm start` one on this machine. */
function isDemoUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname.replace(/\/+$/, '');
    if (parsed.origin === window.location.origin && path === new URL(demoBaseUrl(appDir())).pathname)
      return true;
    const local = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
    return local && path === '/demo/v1';
  } catch {
    return false;
  }
}

export const useConnectionStore = create<ConnectionState>()(
  persist(
    (set) => ({
      ...initialState(),
      rememberKeys: false,
      keysInUse: [],
      proxy: 'unknown',
      setBaseUrl: (baseUrl) => set((s) => transitions.editBaseUrl(s, baseUrl)),
      openBaseUrl: (baseUrl) => set((s) => transitions.openBaseUrl(s, baseUrl)),
      setApiKey: (key) =>
        set((s) =>
          unflagCleared(transitions.storeKey(s, key), profileKeyId(s.activeProfileId, s.baseUrl), key),
        ),
      setKeyById: (keyId, key) =>
        set((s) => unflagCleared(transitions.storeKeyAt(s, keyId, key), keyId, key)),
      setRememberKeys: (rememberKeys) => set({ rememberKeys }),
      dismissKeyNotKept: () =>
        set((s) => {
          const id = profileKeyId(s.activeProfileId, s.baseUrl);
          return { keysInUse: s.keysInUse.filter((k) => k !== id) };
        }),
      setHeaders: (headers) => set((s) => transitions.patchProfile(s, s.activeProfileId, { headers })),
      selectProfile: (id) =>
        set((s) => (s.profiles.some((p) => p.id === id) ? withMirrors({ ...s, activeProfileId: id }) : s)),
      addProfile: (fromId) =>
        set((s) =>
          transitions.addProfile(
            s,
            s.profiles.find((p) => p.id === fromId),
          ),
        ),
      updateProfile: (id, patch) => set((s) => transitions.patchProfile(s, id, patch)),
      removeProfile: (id) => set((s) => transitions.dropProfile(s, id)),
      setDoctorCard: (id, doctor) => set((s) => transitions.patchProfile(s, id, { doctor })),
      setProxyStatus: (proxy) => set({ proxy }),
      offerProfiles: (profiles, activateFirst) =>
        set((s) => transitions.offerProfiles(s, profiles, activateFirst)),
      restore: (before, after) => set((s) => transitions.restoreSnapshot(s, before, after)),
    }),
    {
      name: 'rp.connection',
      version: CONNECTION_STORAGE_VERSION,
      storage: createJSONStorage(() => localStorage),
      // Keys reach storage only when the user opted in; otherwise a reload forgets them, and so it
      // forgets keys in a base URL's query string and credential-like header values.
      partialize: (state) => ({
        profiles: state.profiles.map(({ builtIn: _builtIn, ...p }) => {
          const stored = p.id === DEMO_PROFILE_ID ? { ...p, baseUrl: '' } : p;
          return state.rememberKeys ? stored : profileWithoutSecrets(stored);
        }),
        activeProfileId: state.activeProfileId,
        rememberKeys: state.rememberKeys,
        keys: state.rememberKeys ? state.keys : {},
        // Only which scopes had a key (a scope holds no query string, so no secret), never the key.
        keysInUse: state.rememberKeys ? [] : keysInUseNow(state),
      }),
      migrate: (persisted, version) => migrateConnection(persisted, version, isDemoUrl),
      // Persisted state is an edge: take only well-formed fields; the demo profile's base URL is
      // always beside this page (the port or the sub-path may differ from the last run).
      merge: (persisted, current) => {
        const saved = sanitizeConnection(persisted);
        const demo = { ...demoProfile(appDir()), ...pickDemoSettings(saved.profiles) };
        const profiles = [demo, ...(saved.profiles ?? []).filter((p) => p.id !== DEMO_PROFILE_ID)];
        return withMirrors({
          ...current,
          profiles,
          activeProfileId: saved.activeProfileId ?? current.activeProfileId,
          rememberKeys: saved.rememberKeys ?? current.rememberKeys,
          keys: saved.keys ?? {},
          keysInUse: saved.keysInUse ?? [],
        });
      },
    },
  ),
);

/** Key ids with a key now, plus those still flagged from before the reload and not yet re-entered. */
function keysInUseNow(state: Pick<ConnectionState, 'keys' | 'keysInUse'>): string[] {
  const typed = Object.keys(state.keys);
  return [...typed, ...state.keysInUse.filter((id) => !typed.includes(id))].slice(0, 500);
}

/** A key the user cleared on purpose is no key "not kept". */
function unflagCleared<T extends Pick<ConnectionState, 'keysInUse'>>(state: T, id: string, key: string): T {
  return key === '' && state.keysInUse.includes(id)
    ? { ...state, keysInUse: state.keysInUse.filter((k) => k !== id) }
    : state;
}

/**
 * The active profile's key for its base URL was in use before the reload but not kept (the user
 * did not opt in to remembering keys), and none has been typed since.
 */
export function selectKeyNotKept(
  state: Pick<ConnectionState, 'baseUrl' | 'keys' | 'activeProfileId' | 'keysInUse' | 'rememberKeys'>,
): boolean {
  const id = profileKeyId(state.activeProfileId, state.baseUrl);
  return !state.keys[id] && state.keysInUse.includes(id);
}

function pickDemoSettings(profiles: Profile[] | undefined): Partial<Profile> {
  const saved = profiles?.find((p) => p.id === DEMO_PROFILE_ID);
  if (!saved) return {};
  return {
    headers: saved.headers,
    chainingMode: saved.chainingMode,
    useProxy: saved.useProxy,
    notes: saved.notes,
    ...(saved.doctor ? { doctor: saved.doctor } : {}),
    ...(saved.prices ? { prices: saved.prices } : {}),
  };
}

/** The key for the active profile's current base URL, or '' when none was entered for it. */
export function selectApiKey(state: Pick<ConnectionState, 'baseUrl' | 'keys' | 'activeProfileId'>): string {
  return state.keys[profileKeyId(state.activeProfileId, state.baseUrl)] ?? '';
}

/** The profile a base URL from outside belongs to (same URL, else same key scope), if any. */
export function selectProfileFor(
  state: Pick<ConnectionState, 'profiles'>,
  baseUrl: string,
): Profile | undefined {
  return profileForBaseUrl(state, baseUrl);
}

/** The parts of the state Undo of a replacement needs. */
export function selectSnapshot(state: ConnectionState): ConnectionSnapshot {
  return { profiles: state.profiles, keys: state.keys, activeProfileId: state.activeProfileId };
}

/** The active profile. */
export function selectActiveProfile(state: Pick<ConnectionState, 'profiles' | 'activeProfileId'>): Profile {
  return activeProfile(state);
}

/** Requests go through the local proxy: the profile asks for it and the page is served by `npm start`. */
export function selectUsesProxy(
  state: Pick<ConnectionState, 'profiles' | 'activeProfileId' | 'proxy'>,
): boolean {
  return state.proxy === 'available' && activeProfile(state).useProxy;
}

/**
 * How follow-ups should continue a conversation on the active profile: `server` (previous_response_id)
 * or `replay` (resend the whole conversation), from its setting or, on `auto`, its doctor card.
 */
export function selectChainingMode(
  state: Pick<ConnectionState, 'profiles' | 'activeProfileId'>,
): Exclude<ChainingMode, 'auto'> {
  return effectiveChainingMode(activeProfile(state));
}

/**
 * The endpoint to send to: base URL, its key and the profile's extra headers, plus `proxy` when
 * requests should go through the local proxy (the transport in core/api routes them). Use this for
 * every request to the API (Send, follow-ups, reads).
 */
export function selectEndpoint(state: ConnectionState): Endpoint {
  const endpoint: Endpoint = {
    baseUrl: state.baseUrl,
    apiKey: selectApiKey(state),
    headers: headerRecord(state.headers),
  };
  if (state.proxy === 'available') endpoint.proxyAvailable = true;
  // `baseUrl` stays the real one (history, key scope); the transport routes through the proxy.
  if (selectUsesProxy(state)) endpoint.proxy = window.location.origin;
  return endpoint;
}
