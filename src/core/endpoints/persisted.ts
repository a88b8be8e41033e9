/**
 * The connection settings as stored in localStorage, validated on the way in (persisted state is an
 * edge) and migrated from older versions. Keys are stored only when the user opted in.
 */
import type { DoctorCard } from './doctor-types';
import { profileKeyId } from './key-scope';
import {
  createProfile,
  DEMO_PROFILE_ID,
  NAME_LIMIT,
  NOTES_LIMIT,
  type ChainingMode,
  type HeaderRow,
  type ModelPrice,
  type Profile,
} from './profile';

export const CONNECTION_STORAGE_VERSION = 2;

export interface PersistedConnection {
  /** User profiles and the demo profile's settings (its base URL is recomputed on load). */
  profiles: Profile[];
  activeProfileId: string;
  rememberKeys: boolean;
  /** By `profileKeyId(profile id, base URL)`; empty unless `rememberKeys`. */
  keys: Record<string, string>;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const CHAINING: readonly ChainingMode[] = ['auto', 'server', 'replay'];

/**
 * Upgrades stored state of any earlier version to the current shape. Version 1 had one base URL,
 * global headers and keys by base URL: a non-demo base URL becomes a profile that gets those keys
 * (they stay scoped by base URL inside it) and the headers.
 *
 * @param persisted what was stored
 * @param version its version
 * @param isDemoUrl tells whether a stored base URL pointed at the built-in demo backend
 */
export function migrateConnection(
  persisted: unknown,
  version: number,
  isDemoUrl: (url: string) => boolean,
): unknown {
  if (version >= CONNECTION_STORAGE_VERSION || !isObj(persisted)) return persisted;
  const baseUrl = typeof persisted.baseUrl === 'string' ? persisted.baseUrl.trim() : '';
  const headers = Array.isArray(persisted.headers) ? persisted.headers : [];
  const rememberKeys = persisted.rememberKeys === true;
  const oldKeys = rememberKeys && isObj(persisted.keys) ? persisted.keys : {};
  if (!baseUrl || isDemoUrl(baseUrl)) {
    return { profiles: [], activeProfileId: DEMO_PROFILE_ID, rememberKeys, keys: {} };
  }
  const id = 'migrated';
  const keys: Record<string, string> = {};
  for (const [scope, key] of Object.entries(oldKeys))
    if (typeof key === 'string') keys[profileKeyId(id, scope)] = key;
  const profile = createProfile(id, { baseUrl, headers: headerRows(headers) });
  return { profiles: [profile], activeProfileId: id, rememberKeys, keys };
}

/** Keeps only well-formed parts of stored state; anything else falls back to defaults. */
export function sanitizeConnection(value: unknown): Partial<PersistedConnection> {
  if (!isObj(value)) return {};
  const out: Partial<PersistedConnection> = {};
  if (Array.isArray(value.profiles)) {
    const seen = new Set<string>();
    out.profiles = value.profiles.flatMap((p) => {
      const profile = sanitizeProfile(p);
      if (!profile || seen.has(profile.id)) return [];
      seen.add(profile.id);
      return [profile];
    });
  }
  if (typeof value.activeProfileId === 'string') out.activeProfileId = value.activeProfileId;
  if (typeof value.rememberKeys === 'boolean') out.rememberKeys = value.rememberKeys;
  if (out.rememberKeys && isObj(value.keys)) {
    out.keys = Object.fromEntries(
      Object.entries(value.keys).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  }
  return out;
}

function sanitizeProfile(value: unknown): Profile | undefined {
  // Ids never hold whitespace: a space separates the profile id from the scope in key ids.
  if (!isObj(value) || typeof value.id !== 'string' || !/^\S{1,64}$/.test(value.id)) return undefined;
  const text = (v: unknown, limit: number) => (typeof v === 'string' ? v.slice(0, limit) : '');
  const profile = createProfile(value.id, {
    name: text(value.name, NAME_LIMIT),
    baseUrl: text(value.baseUrl, 2048),
    headers: headerRows(value.headers),
    chainingMode: CHAINING.includes(value.chainingMode as ChainingMode)
      ? (value.chainingMode as ChainingMode)
      : 'auto',
    useProxy: value.useProxy === true,
    notes: text(value.notes, NOTES_LIMIT),
  });
  const card = sanitizeCard(value.doctor);
  if (card) profile.doctor = card;
  const prices = sanitizePrices(value.prices);
  if (prices.length > 0) profile.prices = prices;
  return profile;
}

const MAX_PRICES = 200;
const price = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);

/**
 * Model prices stored with a profile (added after version 2; older states simply have none, so no
 * migration is needed): well-formed, non-negative, one per model name, bounded.
 */
export function sanitizePrices(value: unknown): ModelPrice[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const out: ModelPrice[] = [];
  for (const raw of value.slice(0, MAX_PRICES)) {
    if (!isObj(raw) || typeof raw.model !== 'string') continue;
    const model = raw.model.trim().slice(0, 200);
    const input = price(raw.input);
    const output = price(raw.output);
    if (!model || input === undefined || output === undefined || seen.has(model)) continue;
    seen.add(model);
    const cachedInput = price(raw.cachedInput);
    out.push(cachedInput === undefined ? { model, input, output } : { model, input, cachedInput, output });
  }
  return out;
}

function headerRows(value: unknown): HeaderRow[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((h): h is HeaderRow => isObj(h) && typeof h.name === 'string' && typeof h.value === 'string')
    .map((h) => ({ name: h.name, value: h.value }));
}

/** A stored doctor card is shown as text only; check its outline and drop it when malformed. */
function sanitizeCard(value: unknown): DoctorCard | undefined {
  if (!isObj(value) || value.version !== 1 || typeof value.baseUrl !== 'string') return undefined;
  if (
    typeof value.checkedAt !== 'number' ||
    !Array.isArray(value.checks) ||
    !isObj(value.facts) ||
    !isObj(value.advice)
  )
    return undefined;
  const checksOk = value.checks.every(
    (c) =>
      isObj(c) &&
      typeof c.id === 'string' &&
      typeof c.label === 'string' &&
      typeof c.status === 'string' &&
      typeof c.summary === 'string',
  );
  if (!checksOk || (value.route !== 'direct' && value.route !== 'proxy')) return undefined;
  return value as unknown as DoctorCard;
}
