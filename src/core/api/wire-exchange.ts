/**
 * The HTTP exchange of a run as the user may see it: the request as sent (method, URL, headers,
 * body) with every credential masked, and the answer's status and headers. Masked when captured, so
 * neither the view nor anything copied from it ever holds a key.
 */
import { isSecretHeaderName, maskUrlSecrets } from './url-secrets';
import { PROXY_TARGET_HEADER } from './route';

export type HeaderList = [name: string, value: string][];

export interface WireRequest {
  method: string;
  /** The URL fetch was given (the local proxy's when routed), credential-like query values masked. */
  url: string;
  /** As sent, credential values masked (`Bearer sk-…abcd`). */
  headers: HeaderList;
  /** The body as sent (the editor's text), when there was one. */
  body?: string;
}

export interface WireResponse {
  status: number;
  /** What the browser could read (cross-origin: only the headers the server exposes). */
  headers: HeaderList;
}

export interface WireExchange {
  request: WireRequest;
  response?: WireResponse;
}

/**
 * Response headers that carry a request id, most specific first: OpenAI's `x-request-id`,
 * `openai-request-id` and `request-id`, one-api/new-api's `X-Oneapi-Request-Id`, LiteLLM's call id,
 * and Cloudflare's ray id (the one id a relay behind Cloudflare always has).
 */
export const REQUEST_ID_HEADER_NAMES = [
  'x-request-id',
  'openai-request-id',
  'request-id',
  'x-oneapi-request-id',
  'x-litellm-call-id',
  'cf-ray',
] as const;

/** Most headers kept per answer: a server could send thousands. */
const MAX_HEADERS = 100;
const MAX_VALUE = 2000;

/**
 * A credential shown without revealing it: its first three and last four characters for a long
 * key (`sk-…abcd`, enough to tell keys apart), dots for a short one. `Bearer ` and other schemes stay.
 */
export function maskSecret(value: string): string {
  const scheme = /^(\w+)\s+(.+)$/.exec(value);
  if (scheme?.[1] && scheme[2] && /^(bearer|basic|token|key)$/i.test(scheme[1]))
    return `${scheme[1]} ${maskSecret(scheme[2])}`;
  const secret = value.trim();
  return secret.length >= 16 ? `${secret.slice(0, 3)}…${secret.slice(-4)}` : '••••';
}

/** The request as sent, with credential headers and query values masked. */
export function maskRequest(
  request: { method: string; url: string; headers: Record<string, string> },
  body?: string,
): WireRequest {
  const headers: HeaderList = Object.entries(request.headers).map(([name, value]) => [
    name,
    maskHeaderValue(name, value),
  ]);
  const masked: WireRequest = { method: request.method, url: maskUrlSecrets(request.url), headers };
  if (body !== undefined) masked.body = body;
  return masked;
}

function maskHeaderValue(name: string, value: string): string {
  if (name.toLowerCase() === PROXY_TARGET_HEADER) return maskUrlSecrets(value);
  return isSecretHeaderName(name) ? maskSecret(value) : value;
}

/** The answer's status and readable headers (bounded; a credential-named one masked all the same). */
export function wireResponse(status: number, headers: Headers): WireResponse {
  const list: HeaderList = [];
  for (const [name, value] of headers) {
    if (list.length >= MAX_HEADERS) break;
    const bounded = value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value;
    list.push([name, /set-cookie/i.test(name) ? '••••' : maskHeaderValue(name, bounded)]);
  }
  return { status, headers: list };
}

/** The request ids among response headers, in {@link REQUEST_ID_HEADER_NAMES} order. */
export function requestIds(headers: HeaderList): { name: string; value: string }[] {
  const ids: { name: string; value: string }[] = [];
  for (const wanted of REQUEST_ID_HEADER_NAMES) {
    const found = headers.find(([name]) => name.toLowerCase() === wanted);
    if (found?.[1].trim()) ids.push({ name: found[0], value: found[1].trim() });
  }
  return ids;
}

/** Headers as `Name: value` lines, for copying. */
export function headerLines(headers: HeaderList): string {
  return headers.map(([name, value]) => `${name}: ${value}`).join('\n');
}
