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

/**
 * Where a column's key is kept in the connection's key map: its profile's id (or the compare owner)
 * plus its base URL's scope. A column using the active profile on that profile's base URL shares
 * the main connection's key; a key entered for one base URL is never sent to another.
 */
export function columnKeyId(column: Pick<ColumnSettings, 'profileId' | 'baseUrl'>): string {
  return profileKeyId(column.profileId ?? COMPARE_KEY_OWNER, column.baseUrl);
}

export interface EndpointContext {
  profiles: readonly Profile[];
  /** The connection's keys, by key id. */
  keys: Readonly<Record<string, string>>;
  /** The app's origin when the local proxy is available; undefined otherwise. */
  proxyOrigin?: string;
}

/** The column's profile, when it names one that still exists. */
export function columnProfile(
  column: Pick<ColumnSettings, 'profileId'>,
  profiles: readonly Profile[],
): Profile | undefined {
  return column.profileId === undefined ? undefined : profiles.find((p) => p.id === column.profileId);
}

/**
 * The endpoint a column sends to: its base URL, the key kept for it, its profile's extra headers,
 * and the local proxy when the profile (or, for a typed base URL, the column) asks for it and the
 * page is served by `npm start`.
 */
export function columnEndpoint(column: ColumnSettings, context: EndpointContext): Endpoint {
  const profile = columnProfile(column, context.profiles);
  const owner = profile ? { profileId: profile.id, baseUrl: column.baseUrl } : { baseUrl: column.baseUrl };
  const endpoint: Endpoint = {
    baseUrl: column.baseUrl,
    apiKey: context.keys[columnKeyId(owner)] ?? '',
    headers: profile ? headerRecord(profile.headers) : {},
  };
  const wantsProxy = profile ? profile.useProxy : column.useProxy === true;
  if (wantsProxy && context.proxyOrigin) endpoint.proxy = context.proxyOrigin;
  return endpoint;
}
