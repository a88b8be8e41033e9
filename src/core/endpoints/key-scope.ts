/**
 * Keys belong to the base URL they were entered for. Two spellings of one endpoint
 * (`https://x.y`, `https://x.y/`, `https://x.y/v1`) share a key; anything else does not.
 *
 * @param baseUrl the base URL as typed
 * @returns `scheme://host[:port][/path without a trailing /v1]`, or the trimmed input when it is no URL
 */
export function keyScope(baseUrl: string): string {
  const trimmed = baseUrl.trim();
  try {
    const url = new URL(trimmed);
    const path = url.pathname.replace(/\/+$/, '').replace(/\/v1$/, '');
    return `${url.protocol}//${url.host}${path}`;
  } catch {
    return trimmed;
  }
}

/**
 * Where a profile's key for a base URL is stored: the profile id plus the base URL's scope. Two
 * profiles on one relay (two accounts) keep two keys, and a profile whose base URL is edited never
 * sends the key entered for the old one.
 */
export function profileKeyId(profileId: string, baseUrl: string): string {
  return `${profileId} ${keyScope(baseUrl)}`;
}
