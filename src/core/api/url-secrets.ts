/** Query parameter names that carry credentials (`?key=`, `?api_key=`, `?access_token=`, `?sig=` …). */
const SECRET_PARAM = /key|token|secret|passw|auth|sig|credential/i;

export const MASKED_VALUE = 'REDACTED';

/**
 * A base URL with the values of credential-like query parameters replaced, for everything that
 * leaves the live connection: share links, exported code, history. Some relays take the key in the
 * query string; it must not travel further than the request itself. Unparseable text is returned
 * as is (it holds no parameters a URL parser would send).
 */
export function maskUrlSecrets(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    return baseUrl;
  }
  let masked = false;
  for (const name of new Set(url.searchParams.keys())) {
    if (!SECRET_PARAM.test(name)) continue;
    url.searchParams.set(name, MASKED_VALUE);
    masked = true;
  }
  if (url.password) {
    url.password = MASKED_VALUE;
    masked = true;
  }
  return masked ? url.toString() : baseUrl;
}
