/**
 * Pure transitions of the connection state (no zustand here): which profile is active, editing it,
 * and where keys are kept. The store wires these to actions.
 */
import { createProfile, DEMO_PROFILE_ID, type HeaderRow, type Profile } from '../../core/endpoints/profile';
import { keyScope, profileKeyId } from '../../core/endpoints/key-scope';

export interface ProfilesState {
  profiles: Profile[];
  activeProfileId: string;
  /** API keys by `profileKeyId(profile id, base URL)`; only the active profile's key for its current base URL is sent. */
  keys: Record<string, string>;
  /** Mirrors of the active profile, for readers that predate profiles. */
  baseUrl: string;
  headers: HeaderRow[];
}

export function newProfileId(): string {
  const random = globalThis.crypto?.randomUUID?.().slice(0, 8) ?? Math.random().toString(36).slice(2, 10);
  return `p-${Date.now().toString(36)}-${random}`;
}

/** The active profile (the demo when the id is unknown). */
export function activeProfile(state: Pick<ProfilesState, 'profiles' | 'activeProfileId'>): Profile {
  const found =
    state.profiles.find((p) => p.id === state.activeProfileId) ??
    state.profiles.find((p) => p.builtIn) ??
    state.profiles[0];
  if (!found) throw new Error('connection state has no profiles');
  return found;
}

/** Recomputes the mirrors after a change. */
export function withMirrors<T extends ProfilesState>(state: T): T {
  const profile = activeProfile(state);
  return { ...state, activeProfileId: profile.id, baseUrl: profile.baseUrl, headers: profile.headers };
}

/** Replaces one profile. */
export function patchProfile<T extends ProfilesState>(state: T, id: string, patch: Partial<Profile>): T {
  return withMirrors({
    ...state,
    profiles: state.profiles.map((p) => (p.id === id ? { ...p, ...patch, id: p.id, builtIn: p.builtIn } : p)),
  });
}

/**
 * Points the active profile at another base URL. The built-in demo profile is never edited: typing
 * a URL there starts a new profile (keeping the proxy choice), so the demo stays one click away.
 */
export function editBaseUrl<T extends ProfilesState>(state: T, baseUrl: string): T {
  const current = activeProfile(state);
  if (!current.builtIn) return patchProfile(state, current.id, { baseUrl });
  const profile = createProfile(newProfileId(), { baseUrl, useProxy: current.useProxy });
  return withMirrors({ ...state, profiles: [...state.profiles, profile], activeProfileId: profile.id });
}

/**
 * The profile a base URL from outside (a link, a curl command) belongs to: the one with exactly this
 * base URL, else one with the same key scope (`https://x.y` and `https://x.y/v1`); undefined when none.
 */
export function profileForBaseUrl(
  state: Pick<ProfilesState, 'profiles'>,
  baseUrl: string,
): Profile | undefined {
  const scope = keyScope(baseUrl);
  return (
    state.profiles.find((p) => p.baseUrl.trim() === baseUrl.trim()) ??
    state.profiles.find((p) => keyScope(p.baseUrl) === scope)
  );
}

/** From a link: the profile already pointing at this base URL, else a new one. Never edits a saved profile. */
export function openBaseUrl<T extends ProfilesState>(state: T, baseUrl: string): T {
  const existing = profileForBaseUrl(state, baseUrl);
  if (existing) return withMirrors({ ...state, activeProfileId: existing.id });
  const profile = createProfile(newProfileId(), { baseUrl });
  return withMirrors({ ...state, profiles: [...state.profiles, profile], activeProfileId: profile.id });
}

/** Sets (or clears, with '') the active profile's key for its current base URL. */
export function storeKey<T extends ProfilesState>(state: T, key: string): T {
  return storeKeyAt(state, profileKeyId(state.activeProfileId, state.baseUrl), key);
}

/** Sets (or clears, with '') the key kept under a key id (`profileKeyId(owner, base URL)`). */
export function storeKeyAt<T extends ProfilesState>(state: T, id: string, key: string): T {
  const keys = { ...state.keys };
  if (key) keys[id] = key;
  else delete keys[id];
  return { ...state, keys };
}

/** Removes a user profile and every key it held; the demo profile cannot be removed. */
export function dropProfile<T extends ProfilesState>(state: T, id: string): T {
  const target = state.profiles.find((p) => p.id === id);
  if (!target || target.builtIn) return state;
  const keys = Object.fromEntries(Object.entries(state.keys).filter(([k]) => !k.startsWith(`${id} `)));
  const activeProfileId = state.activeProfileId === id ? DEMO_PROFILE_ID : state.activeProfileId;
  return withMirrors({
    ...state,
    profiles: state.profiles.filter((p) => p.id !== id),
    keys,
    activeProfileId,
  });
}

/** Adds a profile (a copy of `from` without its key and doctor card, or a blank one) and selects it. */
export function addProfile<T extends ProfilesState>(state: T, from?: Profile): T {
  const profile = from
    ? createProfile(newProfileId(), {
        name: from.name ? `${from.name} (copy)` : '',
        baseUrl: from.baseUrl,
        headers: from.headers.map((h) => ({ ...h })),
        chainingMode: from.chainingMode,
        useProxy: from.useProxy,
        notes: from.notes,
        prices: from.prices?.map((p) => ({ ...p })),
      })
    : createProfile(newProfileId());
  return withMirrors({ ...state, profiles: [...state.profiles, profile], activeProfileId: profile.id });
}

/** A profile as a site offers it (playground.json): everything but the id. */
export type OfferedProfile = Pick<Profile, 'name' | 'baseUrl' | 'headers' | 'chainingMode' | 'notes'>;

/**
 * Adds profiles a site offers, after the user's own; one whose base URL is already there is not
 * added twice. With `activateFirst`, the first offered one (or the profile that already has its base
 * URL) becomes active.
 */
export function offerProfiles<T extends ProfilesState>(
  state: T,
  offered: readonly OfferedProfile[],
  activateFirst: boolean,
): T {
  const profiles = [...state.profiles];
  let first: string | undefined;
  for (const fields of offered) {
    const existing = profiles.find((p) => p.baseUrl.trim() === fields.baseUrl.trim());
    const id = existing?.id ?? newProfileId();
    if (!existing)
      profiles.push(createProfile(id, { ...fields, headers: fields.headers.map((h) => ({ ...h })) }));
    first ??= id;
  }
  const activeProfileId = activateFirst && first ? first : state.activeProfileId;
  return withMirrors({ ...state, profiles, activeProfileId });
}

/** The part of the state a replacement (link, preset, curl import) may change, for its Undo. */
export type ConnectionSnapshot = Pick<ProfilesState, 'profiles' | 'keys' | 'activeProfileId'>;

/**
 * Undoes exactly what changed between `before` and `after` (profiles edited, added or removed, keys
 * set or cleared, the active profile), leaving anything changed since then elsewhere as it is.
 */
export function restoreSnapshot<T extends ProfilesState>(
  current: T,
  before: ConnectionSnapshot,
  after: ConnectionSnapshot,
): T {
  const was = new Map(before.profiles.map((p) => [p.id, p]));
  const changed = new Set(after.profiles.filter((p) => was.get(p.id) !== p).map((p) => p.id));
  const removed = before.profiles.filter((p) => !after.profiles.some((a) => a.id === p.id));
  const profiles = [
    ...current.profiles.flatMap((p) => {
      if (!changed.has(p.id)) return [p];
      const old = was.get(p.id);
      return old ? [old] : []; // a profile the change created goes away
    }),
    ...removed.filter((p) => !current.profiles.some((c) => c.id === p.id)),
  ];
  const keys = { ...current.keys };
  for (const id of new Set([...Object.keys(before.keys), ...Object.keys(after.keys)])) {
    if (before.keys[id] === after.keys[id]) continue;
    const old = before.keys[id];
    if (old === undefined) delete keys[id];
    else keys[id] = old;
  }
  const activeProfileId = profiles.some((p) => p.id === before.activeProfileId)
    ? before.activeProfileId
    : current.activeProfileId;
  return withMirrors({ ...current, profiles, keys, activeProfileId });
}
