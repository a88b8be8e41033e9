/** Where a column sends and with which key: the same key rules as the main connection. */
import type { Endpoint } from '../api/types';
import { profileKeyId } from '../endpoints/key-scope';
import { headerRecord, type Profile } from '../endpoints/profile';
import type { ColumnSettings } from './types';

/**
 * Owner of the keys of columns with a typed base URL (no profile). Profile ids never equal it
 * (new ones start with `p-`, the demo's is `demo`), so those keys never mix with a profile's.
 */
export const COMPARE_KEY_OWNER = 'compare';

export interface EndpointContext {
  profiles: readonly Profile[];
  /** The connection's keys, by key id. */
  keys: Readonly<Record<string, string>>;
  /** The app's origin when the local proxy is available; undefined otherwise. */
  proxyOrigin?: string;
}

/** A column with its profile looked up: where it sends and where its key is kept. */
export interface ResolvedColumn {
  /** The profile it uses, when it names one that still exists. */
  profile?: Profile;
  /** The profile's base URL (it follows edits of the profile), else the typed one. */
  baseUrl: string;
  /**
   * Where its key is kept in the connection's key map: the profile's id (or the compare owner)
   * plus the base URL's scope. A column on a profile shares that profile's key with the main
   * connection; a key entered for one base URL is never sent to another.
   */
  keyId: string;
}

/** Looks up a column's profile, base URL and key id. A deleted profile leaves the typed base URL. */
export function resolveColumn(
  column: Pick<ColumnSettings, 'profileId' | 'baseUrl'>,
  profiles: readonly Profile[],
): ResolvedColumn {
  const profile =
    column.profileId === undefined ? undefined : profiles.find((p) => p.id === column.profileId);
  if (profile) return { profile, baseUrl: profile.baseUrl, keyId: profileKeyId(profile.id, profile.baseUrl) };
  return { baseUrl: column.baseUrl, keyId: profileKeyId(COMPARE_KEY_OWNER, column.baseUrl) };
}

/**
 * The endpoint a column sends to: its base URL, the key kept for it, its profile's extra headers,
 * and the local proxy when the profile (or, for a typed base URL, the column) asks for it and the
 * page is served by `npm start`.
 */
export function columnEndpoint(column: ColumnSettings, context: EndpointContext): Endpoint {
  const { profile, baseUrl, keyId } = resolveColumn(column, context.profiles);
  const endpoint: Endpoint = {
    baseUrl,
    apiKey: context.keys[keyId] ?? '',
    headers: profile ? headerRecord(profile.headers) : {},
  };
  const wantsProxy = profile ? profile.useProxy : column.useProxy === true;
  if (wantsProxy && context.proxyOrigin) endpoint.proxy = context.proxyOrigin;
  return endpoint;
}
