import { canonicalBaseUrlChecked } from '../api/canonical-url';
import { err, ok, type Result } from '../result';
import { said, type Said } from '../said';

const MAX_BASE_URL_CHARS = 2_048;

/** Which link carried it: the messages say "Invalid link:" or "Invalid share link:". */
export type LinkKind = 'link' | 'shareLink';

/** A broken link's message: `Invalid link: <problem>` (or share link). */
export function invalidLink(kind: LinkKind, problem: Said): Said {
  return said('link', kind === 'link' ? 'invalidLink' : 'invalidShareLink', { problem });
}

/**
 * Checks a base URL carried by a link (deep link or share link): http(s) only, no user name or
 * password (a link must never smuggle credentials), bounded length, a plain host name. `kind` names
 * the link in the messages. Returns the canonical form ({@link canonicalBaseUrlChecked}): what a
 * path should not carry raw (`'`, `$`, `(`, `;` …) percent-encoded.
 */
export function checkLinkBaseUrl(value: unknown, kind: LinkKind): Result<string, Said> {
  const fail = (problem: Said) => err(invalidLink(kind, problem));
  if (typeof value !== 'string' || value.trim() === '') return fail(said('link', 'baseUrlInvalid'));
  const trimmed = value.trim();
  if (trimmed.length > MAX_BASE_URL_CHARS) return fail(said('link', 'baseUrlTooLong'));
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return fail(said('link', 'baseUrlInvalid'));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return fail(said('link', 'baseUrlScheme', { scheme: url.protocol }));
  if (url.username || url.password) return fail(said('link', 'baseUrlCredentials'));
  const canonical = canonicalBaseUrlChecked(trimmed);
  if (!canonical.ok) return fail(canonical.error);
  return ok(canonical.value);
}
