/**
 * The connection settings as stored in localStorage, validated on the way in (persisted state is an
 * edge) and migrated from older versions. Keys are stored only when the user opted in.
 */
import * as v from 'valibot';
import { isObject } from '../json';
import { clipped, lenient, readOr, validEntries, validItems } from '../valid';
import type { DoctorCard } from './doctor-types';
import { profileKeyId } from './key-scope';
import {
  createProfile,
  DEMO_PROFILE_ID,
  NAME_LIMIT,
  NOTES_LIMIT,
  type ChainingMode,
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
  /**
   * Key ids (`profileKeyId`, never a key) that had a key when the page was left without
   * `rememberKeys`: after a reload the page says the key was not kept instead of silently losing it.
   */
  keysInUse?: string[];
}

const CHAINING: readonly ChainingMode[] = ['auto', 'server', 'replay', 'conversation'];

const HeaderRows = validItems(v.object({ name: v.string(), value: v.string() }));

/** A stored doctor card is shown as text only: its outline is checked, the rest kept as stored. */
const StoredDoctorCard = v.pipe(
  v.looseObject({
    version: v.literal(1),
    baseUrl: v.string(),
    checkedAt: v.number(),
    route: v.picklist(['direct', 'proxy']),
    checks: v.array(
      v.looseObject({ id: v.string(), label: v.string(), status: v.string(), summary: v.string() }),
    ),
    facts: v.looseObject({}),
    advice: v.looseObject({}),
  }),
  v.transform((card) => card as unknown as DoctorCard),
);

const MAX_PRICES = 200;
const nonNegative = v.pipe(v.number(), v.finite(), v.minValue(0));

/** One model's prices (per million tokens), as the user entered them. */
const StoredPrice = v.pipe(
  v.object({
    model: v.pipe(v.string(), v.trim(), v.maxLength(200), v.nonEmpty()),
    input: nonNegative,
    cachedInput: lenient(nonNegative),
    output: nonNegative,
  }),
  v.transform(({ cachedInput, ...price }): ModelPrice =>
    cachedInput === undefined ? price : { ...price, cachedInput },
  ),
);

/**
 * Model prices stored with a profile (added after version 2; older states simply have none, so no
 * migration is needed): well-formed, non-negative, one per model name (the first wins), bounded.
 */
const StoredPrices = v.pipe(
  validItems(StoredPrice),
  v.transform((prices) =>
    prices.filter((p, i) => prices.findIndex((q) => q.model === p.model) === i).slice(0, MAX_PRICES),
  ),
);

/** Reads model prices from storage or a form: the well-formed ones, deduplicated and bounded. */
export function sanitizePrices(value: unknown): ModelPrice[] {
  return readOr(StoredPrices, value, []);
}

const StoredProfile = v.pipe(
  v.object({
    // Ids never hold whitespace: a space separates the profile id from the scope in key ids.
    id: v.pipe(v.string(), v.regex(/^\S{1,64}$/)),
    name: v.fallback(clipped(NAME_LIMIT), ''),
    baseUrl: v.fallback(clipped(2048), ''),
    headers: v.fallback(HeaderRows, []),
    chainingMode: v.fallback(v.picklist(CHAINING), 'auto'),
    useProxy: v.fallback(v.boolean(), false),
    notes: v.fallback(clipped(NOTES_LIMIT), ''),
    doctor: lenient(StoredDoctorCard),
    prices: lenient(StoredPrices),
  }),
  v.transform(({ id, doctor, prices, ...fields }): Profile => {
    const profile = createProfile(id, fields);
    if (doctor) profile.doctor = doctor;
    if (prices && prices.length > 0) profile.prices = prices;
    return profile;
  }),
);

/** Stored connection state: each well-formed part is kept, anything else reads as absent. */
const StoredConnection = v.pipe(
  v.object({
    profiles: lenient(
      v.pipe(
        validItems(StoredProfile),
        // The first profile with an id wins; later ones with the same id are dropped.
        v.transform((profiles) => profiles.filter((p, i) => profiles.findIndex((q) => q.id === p.id) === i)),
      ),
    ),
    activeProfileId: lenient(v.string()),
    rememberKeys: lenient(v.boolean()),
    keys: lenient(validEntries(v.string())),
    keysInUse: lenient(v.pipe(v.array(v.pipe(v.string(), v.maxLength(4096))), v.maxLength(500))),
  }),
  // Keys count only when the user opted in to remembering them.
  v.transform((read): Partial<PersistedConnection> => ({
    ...read,
    keys: read.rememberKeys ? read.keys : undefined,
  })),
);

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
  if (version >= CONNECTION_STORAGE_VERSION || !isObject(persisted)) return persisted;
  const baseUrl = typeof persisted.baseUrl === 'string' ? persisted.baseUrl.trim() : '';
  const headers = Array.isArray(persisted.headers) ? persisted.headers : [];
  const rememberKeys = persisted.rememberKeys === true;
  const oldKeys = rememberKeys && isObject(persisted.keys) ? persisted.keys : {};
  if (!baseUrl || isDemoUrl(baseUrl)) {
    return { profiles: [], activeProfileId: DEMO_PROFILE_ID, rememberKeys, keys: {} };
  }
  const id = 'migrated';
  const keys: Record<string, string> = {};
  for (const [scope, key] of Object.entries(oldKeys))
    if (typeof key === 'string') keys[profileKeyId(id, scope)] = key;
  const profile = createProfile(id, { baseUrl, headers: readOr(HeaderRows, headers, []) });
  return { profiles: [profile], activeProfileId: id, rememberKeys, keys };
}

/** Keeps only well-formed parts of stored state; anything else falls back to defaults. */
export function sanitizeConnection(value: unknown): Partial<PersistedConnection> {
  return readOr(StoredConnection, value, {});
}
