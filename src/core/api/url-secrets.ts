/** Query parameter names that carry credentials (`?key=`, `?api_key=`, `?access_token=`, `?sig=` …). */
const SECRET_PARAM = /key|token|secret|passw|auth|sig|credential/i;
/** Header names whose values are credentials (`Authorization`, `api-key`, `x-api-key`, `Cookie` …). */
const SECRET_HEADER = /auth|key|token|secret|cookie|passw|session|signature/i;

/** Whether a header's value is a credential, judged by its name. */
export function isSecretHeaderName(name: string): boolean {
  return SECRET_HEADER.test(name);
}

/** `?name=value` / `&name=value` with a credential-like name, anywhere in a text (an echoed URL). */
const QUERY_SECRET_IN_TEXT =
  /([?&])([^=&\s#"'<>\\]*(?:key|token|secret|passw|auth|sig|credential)[^=&\s#"'<>\\]*)=([^&\s#"'<>`\\]+)/gi;
/** The password of `scheme://user:password@host` in a text. */
const USERINFO_IN_TEXT = /(\/\/[^/\s:@"'<>]+:)[^@\s/"'<>]+@/g;

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

/**
 * A text (an error message, a server's answer, an event) with every credential-like query value
 * and URL password replaced by {@link MASKED_VALUE}: servers and fetch echo URLs, and a key in a
 * base URL's query string must not travel further than the request itself.
 */
export function redactUrlSecretsInText(text: string): string {
  if (!text.includes('=') && !text.includes('@')) return text; // the common case, cheaply
  return text
    .replace(QUERY_SECRET_IN_TEXT, (_, lead: string, name: string) => `${lead}${name}=${MASKED_VALUE}`)
    .replace(USERINFO_IN_TEXT, `$1${MASKED_VALUE}@`);
}

/** The values of a base URL's credential-like query parameters (and its password), for redaction. */
export function urlSecretValues(baseUrl: string): string[] {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    return [];
  }
  const values = [...url.searchParams].filter(([name]) => SECRET_PARAM.test(name)).map(([, v]) => v);
  if (url.password) values.push(decodeURIComponent(url.password));
  return values.filter((v) => v !== '' && v !== MASKED_VALUE);
}

/**
 * A base URL as stored without the user's opt-in to remember keys: credential-like query values are
 * emptied (`?api_key=`), so the name stays as a reminder of what to enter again.
 */
export function withoutUrlSecrets(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    return redactUrlSecretsInText(baseUrl);
  }
  const names = [...new Set(url.searchParams.keys())].filter(
    (n) => SECRET_PARAM.test(n) && url.searchParams.get(n),
  );
  if (names.length === 0 && !url.password) return baseUrl;
  for (const name of names) url.searchParams.set(name, '');
  url.password = '';
  return url.toString();
}
