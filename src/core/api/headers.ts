import type { Endpoint } from './types';

/** RFC 9110 token characters: what fetch accepts as a header name. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** fetch rejects header values with CR, LF, NUL or characters above U+00FF. */
const BAD_VALUE_CHAR = /[\r\n\0\u0100-\uffff]/;

/**
 * The request headers for an endpoint.
 *
 * Only what is needed, because every non-safelisted header must be approved by the relay's CORS
 * preflight, and relays allow few (new-api and one-api list theirs; some answer no preflight at
 * all): `Content-Type: application/json` (needed for the JSON body) and
 * `Authorization` only when the key is non-empty after trimming. `Accept` is CORS-safelisted for this
 * value, so it costs nothing. The user's extra headers are applied last, as given: blank names are
 * skipped, and a name that matches a default header case-insensitively replaces it (a plain object
 * with both `Authorization` and `authorization` would make fetch send both values joined by a comma).
 *
 * @param endpoint base URL, key and extra headers
 * @param method `GET` requests carry no body, so they get no `Content-Type`
 */
export function buildHeaders(endpoint: Endpoint, method: 'POST' | 'GET' = 'POST'): Record<string, string> {
  const headers: Record<string, string> =
    method === 'POST'
      ? { 'Content-Type': 'application/json', Accept: 'text/event-stream, application/json' }
      : { Accept: 'application/json' };
  const key = endpoint.apiKey?.trim() ?? '';
  if (key !== '') headers.Authorization = `Bearer ${key}`;
  for (const [rawName, value] of Object.entries(endpoint.headers ?? {})) {
    const name = rawName.trim();
    if (name === '') continue;
    const lower = name.toLowerCase();
    for (const existing of Object.keys(headers)) {
      if (existing.toLowerCase() === lower) delete headers[existing];
    }
    headers[name] = value;
  }
  return headers;
}

/**
 * Why fetch would refuse these headers, or undefined when they are fine. fetch throws a bare
 * TypeError for such input, which would otherwise be reported as a network failure; a key pasted
 * with a zero-width space or a smart quote is the usual culprit.
 */
export function headerProblem(headers: Record<string, string>): string | undefined {
  for (const [name, value] of Object.entries(headers)) {
    if (!TOKEN.test(name))
      return `The header name "${name}" is not valid (no spaces, colons or special characters).`;
    const bad = BAD_VALUE_CHAR.exec(value);
    if (bad) {
      const what = name.toLowerCase() === 'authorization' ? 'The API key' : `The value of header "${name}"`;
      const char = bad[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0') ?? '';
      return `${what} contains a character that cannot be sent in an HTTP header (U+${char}). Check for pasted spaces, quotes or line breaks.`;
    }
  }
  return undefined;
}
