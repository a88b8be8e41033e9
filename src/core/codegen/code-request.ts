import { canonicalBaseUrlChecked } from '../api/canonical-url';
import { endpointUrlChecked } from '../api/endpoint-url';
import { isSecretHeaderName, maskUrlSecrets } from '../api/url-secrets';
import { parseRequestText } from '../request/parse-request';
import type { JsonObject } from '../response/types';
import { err, ok, type Result } from '../result';
import { parseErrorSaid, said, type Said } from '../said';

/** The environment variable every snippet reads the key from; shown instead of the key itself. */
export const KEY_ENV = 'OPENAI_API_KEY';
export const KEY_PLACEHOLDER = `$${KEY_ENV}`;

export interface HeaderPair {
  name: string;
  value: string;
}

/** An extra header in a snippet; `env` is set when its value is a masked credential (`$ENV`). */
export interface CodeHeader extends HeaderPair {
  env?: string;
}

/** One request, ready to be written as code. It holds no secret: see {@link buildCodeRequest}. */
export interface CodeRequest {
  /** The full endpoint, e.g. `https://api.example.com/v1/responses`. */
  url: string;
  /** The API root for SDKs (`…/v1`), without the query string. */
  sdkBaseUrl: string;
  /** Query parameters of the base URL (some gateways need `?api-version=…`). */
  query: [string, string][];
  /** The request body as the editor holds it. */
  bodyText: string;
  body: JsonObject;
  /** `"stream": true`: the answer is server-sent events. */
  stream: boolean;
  /**
   * Extra headers besides Authorization and Content-Type, in order. A header that looks like a
   * credential (auth, key, token, secret, cookie, password) has its value replaced by `$NAME_IN_CAPS`.
   */
  headers: CodeHeader[];
}

/** RFC 9110 token characters: anything else cannot be a header name. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** What no HTTP client sends in a header value. */
const BAD_HEADER_VALUE = /[\r\n\0]/;
/** Headers every snippet writes itself (or that a client sets on its own). */
const OWN_HEADERS = new Set(['authorization', 'content-type', 'accept', 'content-length', 'host']);

/**
 * Prepares a request for code export: the endpoint from the base URL, the parsed body, and the
 * extra headers with credential-like values masked. The API key is never an input, so it cannot
 * leak into code; snippets refer to `$OPENAI_API_KEY` instead.
 */
export function buildCodeRequest(input: {
  baseUrl: string;
  bodyText: string;
  headers?: readonly HeaderPair[];
}): Result<CodeRequest, Said> {
  // Canonical first: whatever the base URL carries, the code gets it percent-encoded.
  const canonical = canonicalBaseUrlChecked(input.baseUrl);
  const url = endpointUrlChecked(
    canonical.ok ? maskUrlSecrets(canonical.value) : input.baseUrl,
    '/responses',
  );
  if (!url.ok) return url;
  if (!canonical.ok) return canonical;
  const parsed = parseRequestText(input.bodyText);
  if (!parsed.ok) {
    const { line, column } = parsed.error;
    return err(said('codeRequest', 'invalidJson', { line, column, message: parseErrorSaid(parsed.error) }));
  }
  const endpoint = new URL(url.value);
  const query = [...endpoint.searchParams.entries()];
  endpoint.search = '';
  const sdkBaseUrl = endpoint.toString().replace(/\/responses$/, '');

  const headers = codeHeaders(input.headers ?? []);
  if (!headers.ok) return headers;
  return ok({
    url: url.value,
    sdkBaseUrl,
    query,
    bodyText: input.bodyText,
    body: parsed.value,
    stream: parsed.value.stream === true,
    headers: headers.value,
  });
}

/**
 * The extra headers as code shows them: trimmed, invalid ones refused (they could not be sent), one
 * per name (the last wins, as when sending), credentials replaced by an environment variable.
 */
function codeHeaders(pairs: readonly HeaderPair[]): Result<CodeHeader[], Said> {
  const byName = new Map<string, CodeHeader>();
  for (const header of pairs) {
    const name = header.name.trim();
    if (!name || OWN_HEADERS.has(name.toLowerCase())) continue;
    if (!HEADER_NAME.test(name)) return err(said('codeRequest', 'badHeaderName', { name }));
    if (BAD_HEADER_VALUE.test(header.value)) return err(said('codeRequest', 'headerLineBreak', { name }));
    byName.delete(name.toLowerCase());
    byName.set(
      name.toLowerCase(),
      isSecretHeaderName(name) ? secretHeader(name) : { name, value: header.value },
    );
  }
  return ok([...byName.values()]);
}

/** `api-key` → `$API_KEY`: a variable name every language accepts (never starting with a digit). */
function secretHeader(name: string): CodeHeader {
  const words = name
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const env = !words ? 'HEADER_VALUE' : /^\d/.test(words) ? `HEADER_${words}` : words;
  return { name, value: `$${env}`, env };
}

/** One header a snippet sets: a literal value, or `prefix` followed by environment variable `env`. */
export type SnippetHeader = { name: string; value: string } | { name: string; prefix: string; env: string };

/** Every header a snippet sets, in order: Authorization (from the key variable), Content-Type, the extras. */
export function snippetHeaders(request: CodeRequest): SnippetHeader[] {
  return [
    { name: 'Authorization', prefix: 'Bearer ', env: KEY_ENV },
    { name: 'Content-Type', value: 'application/json' },
    ...request.headers.map((h): SnippetHeader =>
      h.env ? { name: h.name, prefix: '', env: h.env } : { name: h.name, value: h.value },
    ),
  ];
}
