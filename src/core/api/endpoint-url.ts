import { err, ok, type Result } from '../result';
import { said, type Said } from '../said';
import { saidEnglish } from '../said-english';
import { redactUrlSecretsInText } from './url-secrets';

/** A last path segment that already names an API version: v1, v4 (Zhipu), v1beta, v2alpha… */
const VERSION_SEGMENT = /^v\d+(?:[a-z]+\d*)?$/i;
/** A pasted full endpoint (`…/v1/responses`): keep the API root and swap in the wanted path. */
const KNOWN_ENDPOINT = /\/(?:responses|models|chat\/completions)$/;

/**
 * Joins a user-typed base URL with an API path.
 *
 * `https://x.y`, `https://x.y/`, `https://x.y/v1` and `https://x.y/v1/` all give
 * `https://x.y/v1/responses`. Subpaths are kept (`http://h:1/demo/v1` → `…/demo/v1/responses`,
 * `https://relay/openai` → `…/openai/v1/responses`). A last segment that is already a version
 * (`/v4`, `/v1beta`) gets no extra `/v1`, and a pasted full endpoint (`…/v1/responses`) is reduced
 * to its root first. The query string is kept (some gateways need `?api-version=…`); the hash is
 * dropped. Whitespace around the input is ignored.
 *
 * @param baseUrl the base URL as the user typed it
 * @param path an API path such as `/responses` or `/models` (leading slash optional)
 * @returns the absolute URL, or a message saying what is wrong with the input (English; see
 *   {@link endpointUrlChecked} for the message by id)
 */
export function endpointUrl(baseUrl: string, path: '/responses' | '/models' | (string & {})): Result<string> {
  const url = endpointUrlChecked(baseUrl, path);
  return url.ok ? url : err(saidEnglish(url.error));
}

/** {@link endpointUrl} with what is wrong as a message id (`baseUrl` table) and its values. */
export function endpointUrlChecked(
  baseUrl: string,
  path: '/responses' | '/models' | (string & {}),
): Result<string, Said> {
  const input = baseUrl.trim();
  // Messages quote the input: never with a key from its query string.
  const shown = redactUrlSecretsInText(input);
  if (input === '') return err(said('baseUrl', 'empty'));
  // Without "scheme://", `localhost:8080` would parse as the scheme "localhost:".
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) return err(said('baseUrl', 'noScheme', { url: shown }));
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return err(said('baseUrl', 'invalid', { url: shown }));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return err(said('baseUrl', 'wrongScheme', { scheme: url.protocol }));
  }
  if (url.username !== '' || url.password !== '') {
    // fetch refuses URLs with credentials; say so instead of failing later with a vague TypeError.
    return err(said('baseUrl', 'credentials'));
  }

  let root = url.pathname.replace(/\/+$/, '');
  const pasted = KNOWN_ENDPOINT.exec(root);
  if (pasted && VERSION_SEGMENT.test(lastSegment(root.slice(0, pasted.index))))
    root = root.slice(0, pasted.index);
  if (!VERSION_SEGMENT.test(lastSegment(root))) root += '/v1';
  const suffix = path.startsWith('/') ? path : `/${path}`;
  return ok(`${url.origin}${root}${suffix}${url.search}`);
}

function lastSegment(pathname: string): string {
  return pathname.slice(pathname.lastIndexOf('/') + 1);
}
