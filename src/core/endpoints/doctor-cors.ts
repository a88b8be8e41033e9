/**
 * The CORS part of the endpoint doctor: which headers a browser asks a preflight about, how to read
 * the answer (allowed origin, methods and headers, with `*` only when no credentials are sent);
 * doctor-preflight.ts obtains the answer.
 */
import { buildHeaders } from '../api/headers';
import type { Endpoint } from '../api/types';
import { doctorSummary, said, type DoctorWords } from './doctor-messages';
import type { CorsVerdict } from './doctor-types';

export type PreflightAnswer =
  /** The raw preflight answer (manual OPTIONS or via the proxy). */
  | { kind: 'answer'; status: number; headers: Record<string, string> }
  /** The browser itself let a request with these headers through (no details to show). */
  | { kind: 'passed' }
  /** The browser refused the request although the server is reachable. `words`: `detail` by id. */
  | { kind: 'blocked'; detail: string; words?: DoctorWords }
  | { kind: 'unreachable'; detail: string; words?: DoctorWords };

/** Obtains the preflight answer for `POST {endpoint}/v1/responses` with these request headers. */
export type PreflightProbe = (
  endpoint: Endpoint,
  headerNames: string[],
  signal: AbortSignal,
) => Promise<PreflightAnswer>;

const SAFELISTED_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
/** Fetch spec: a safelisted Accept/Content-Language value has no control character (but tab) and none of these. */
const UNSAFE_CHARS = '"():<>?@[\\]{}';
function hasUnsafeByte(value: string): boolean {
  for (const char of value) {
    const code = char.charCodeAt(0);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f || UNSAFE_CHARS.includes(char)) return true;
  }
  return false;
}

/**
 * The header names a browser lists in `Access-Control-Request-Headers` for these request headers:
 * lower-cased, sorted, without the CORS-safelisted ones (Fetch spec).
 */
export function preflightHeaderNames(headers: Record<string, string>): string[] {
  const names = new Set<string>();
  for (const [rawName, value] of Object.entries(headers)) {
    const name = rawName.trim().toLowerCase();
    if (!isSafelisted(name, value)) names.add(name);
  }
  return [...names].sort();
}

function isSafelisted(name: string, value: string): boolean {
  if (value.length > 128) return false;
  if (name === 'accept' || name === 'accept-language' || name === 'content-language')
    return !hasUnsafeByte(value);
  if (name === 'content-type') {
    const essence = value.split(';')[0]?.trim().toLowerCase() ?? '';
    return !hasUnsafeByte(value.replace(/[();]/g, '')) && SAFELISTED_CONTENT_TYPES.includes(essence);
  }
  return false;
}

/** The request headers Send uses for an endpoint (the ones the preflight must approve). */
export function sendHeaderNames(endpoint: Endpoint): string[] {
  return preflightHeaderNames(buildHeaders(endpoint, 'POST'));
}

/**
 * Reads a preflight answer the way a browser would for a non-credentialed request from `origin`.
 *
 * @param answer what the probe obtained
 * @param origin the page's origin
 * @param requested the names from `preflightHeaderNames`
 */
export function evaluatePreflight(
  answer: PreflightAnswer,
  origin: string,
  requested: string[],
): { verdict: CorsVerdict; summary: string; words: DoctorWords } {
  const { verdict, words } = readPreflight(answer, origin, requested);
  return { verdict, summary: doctorSummary(words), words };
}

function readPreflight(
  answer: PreflightAnswer,
  origin: string,
  requested: string[],
): { verdict: CorsVerdict; words: DoctorWords } {
  if (answer.kind === 'passed') return { verdict: 'allowed', words: said('corsPassed') };
  if (answer.kind === 'blocked' || answer.kind === 'unreachable')
    return { verdict: answer.kind, words: answer.words ?? said('verbatim', { text: answer.detail }) };
  const get = (name: string) => answer.headers[name]?.trim();
  const allowOrigin = get('access-control-allow-origin');
  if (!allowOrigin)
    return { verdict: 'blocked', words: said('corsNoAllowOrigin', { status: answer.status }) };
  if (answer.status < 200 || answer.status > 299)
    return { verdict: 'blocked', words: said('corsPreflightStatus', { status: answer.status }) };
  if (allowOrigin !== '*' && allowOrigin !== origin)
    return { verdict: 'blocked', words: said('corsOtherOrigin', { allowed: allowOrigin, origin }) };
  const allowed = (get('access-control-allow-headers') ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const missing = requested.filter((h) => !allowed.includes(h));
  const wildcard = allowed.includes('*');
  const uncovered = wildcard ? missing.filter((h) => h === 'authorization') : missing;
  if (uncovered.length > 0 && !wildcard)
    return {
      verdict: 'blocked',
      words: said(uncovered.length > 1 ? 'corsHeadersNotAllowed' : 'corsHeaderNotAllowed', {
        headers: uncovered.join(', '),
      }),
    };
  if (uncovered.length > 0) return { verdict: 'lenient', words: said('corsLenient') };
  const any = allowOrigin === '*';
  if (requested.length === 0)
    return {
      verdict: 'allowed',
      words: said(any ? 'corsAllowedAnyNoHeaders' : 'corsAllowedOriginNoHeaders'),
    };
  return {
    verdict: 'allowed',
    words: said(any ? 'corsAllowedAny' : 'corsAllowedOrigin', { headers: requested.join(', ') }),
  };
}
