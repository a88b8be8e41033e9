import { canonicalBaseUrl } from '../api/canonical-url';
import { err, ok, type Result } from '../result';

const MAX_BASE_URL_CHARS = 2_048;

/**
 * Checks a base URL carried by a link (deep link or share link): http(s) only, no user name or
 * password (a link must never smuggle credentials), bounded length, a plain host name. `label` names
 * the link kind in the messages ("link", "share link"). Returns the canonical form
 * ({@link canonicalBaseUrl}): what a path should not carry raw (`'`, `$`, `(`, `;` …) percent-encoded.
 */
export function checkLinkBaseUrl(value: unknown, label: string): Result<string, string> {
  const prefix = `Invalid ${label}:`;
  if (typeof value !== 'string' || value.trim() === '') return err(`${prefix} base_url is not a valid URL.`);
  const trimmed = value.trim();
  if (trimmed.length > MAX_BASE_URL_CHARS) return err(`${prefix} base_url is too long.`);
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return err(`${prefix} base_url is not a valid URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return err(`${prefix} base_url must be an http:// or https:// URL, not ${url.protocol}.`);
  if (url.username || url.password) return err(`${prefix} base_url must not carry a user name or password.`);
  const canonical = canonicalBaseUrl(trimmed);
  if (!canonical.ok) return err(`${prefix} ${canonical.error}`);
  return ok(canonical.value);
}
