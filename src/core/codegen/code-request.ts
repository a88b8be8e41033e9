import { endpointUrl } from '../api/endpoint-url';
import { maskUrlSecrets } from '../api/url-secrets';
import { parseRequestText } from '../request/parse-request';
import type { JsonObject } from '../response/types';
import { err, ok, type Result } from '../result';

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

const SECRET_HEADER = /auth|key|token|secret|cookie|passw|session|signature/i;
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
}): Result<CodeRequest> {
  const url = endpointUrl(maskUrlSecrets(input.baseUrl), '/responses');
  if (!url.ok) return url;
  const parsed = parseRequestText(input.bodyText);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    return err(`The request is not valid JSON (line ${line}, column ${column}: ${message}).`);
  }
  const endpoint = new URL(url.value);
  const query = [...endpoint.searchParams.entries()];
  endpoint.search = '';
  const sdkBaseUrl = endpoint.toString().replace(/\/responses$/, '');

  const headers: CodeHeader[] = [];
  for (const header of input.headers ?? []) {
    const name = header.name.trim();
    if (!name || OWN_HEADERS.has(name.toLowerCase())) continue;
    if (SECRET_HEADER.test(name)) {
      const env =
        name
          .toUpperCase()
          .replace(/[^A-Z0-9]+/g, '_')
          .replace(/^_+|_+$/g, '') || 'HEADER_VALUE';
      headers.push({ name, value: `$${env}`, env });
    } else headers.push({ name, value: header.value });
  }
  return ok({
    url: url.value,
    sdkBaseUrl,
    query,
    bodyText: input.bodyText,
    body: parsed.value,
    stream: parsed.value.stream === true,
    headers,
  });
}
