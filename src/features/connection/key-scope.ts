/**
 * Keys belong to the base URL they were entered for. Two spellings of one endpoint
 * (`https://x.y`, `https://x.y/`, `https://x.y/v1`) share a key; anything else does not.
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
