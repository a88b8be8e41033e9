import { err, ok, type Result } from '../result';
import { said, type Said } from '../said';
import { saidEnglish } from '../said-english';

/** A host name (letters, digits, `.`, `-`, `_`; IDNs arrive as punycode) or a bracketed IPv6 address. */
const PLAIN_HOST = /^(?:[a-z0-9_.-]+|\[[0-9a-f:.]+\])$/i;
/**
 * What a path or query may carry raw: unreserved characters, `/`, `%XX`, and the few delimiters base
 * URLs use (`:`, `@`, `+`, `,`, `=`, `&`). Everything else (`'`, `$`, `(`, `)`, `;`, `!`, `*`, quotes,
 * backticks, braces, non-ASCII…) is percent-encoded: WHATWG URL leaves `'$();!*` raw in paths, and they
 * mean something in most languages' strings and shells.
 */
const KEEP = /[A-Za-z0-9\-._~/:@+,=&]|%[0-9A-Fa-f]{2}/y;

function encodeUnsafe(text: string): string {
  let out = '';
  for (let i = 0; i < text.length;) {
    KEEP.lastIndex = i;
    const kept = KEEP.exec(text);
    if (kept) {
      out += kept[0];
      i += kept[0].length;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i) ?? 0xfffd);
    // encodeURIComponent leaves !'()* alone; they are exactly what must not stay raw.
    out += encodeURIComponent(char.replace(/[\ud800-\udfff]/, '\ufffd')).replace(
      /[!'()*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
    );
    i += char.length;
  }
  return out;
}

/**
 * A base URL in canonical form, for URLs that arrive from outside (links, curl commands) and for
 * exported code: http(s) only, the host a plain host name or IP address, the path and query
 * percent-encoded beyond the safe set (see {@link KEEP}), the fragment dropped. `https://x.test` stays
 * without a trailing slash. User name and password are kept for the caller to judge.
 *
 * @returns the canonical URL, or a message saying what is wrong (English; see
 *   {@link canonicalBaseUrlChecked} for the message by id)
 */
export function canonicalBaseUrl(text: string): Result<string> {
  const url = canonicalBaseUrlChecked(text);
  return url.ok ? url : err(saidEnglish(url.error));
}

/** {@link canonicalBaseUrl} with what is wrong as a message id (`baseUrl` table) and its values. */
export function canonicalBaseUrlChecked(text: string): Result<string, Said> {
  const input = text.trim();
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return err(said('baseUrl', 'notValid'));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return err(said('baseUrl', 'wrongScheme', { scheme: url.protocol }));
  if (!PLAIN_HOST.test(url.hostname)) return err(said('baseUrl', 'badHost'));
  const credentials = url.username || url.password ? `${url.username}:${url.password}@` : '';
  const typedPath = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*\//i.test(input);
  const path = url.pathname === '/' && !typedPath ? '' : encodeUnsafe(url.pathname);
  const query = url.search ? `?${encodeUnsafe(url.search.slice(1))}` : '';
  return ok(`${url.protocol}//${credentials}${url.host}${path}${query}`);
}
