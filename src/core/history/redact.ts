/**
 * Keeping credentials out of history. The key and credential headers are never recorded, but a
 * server may echo them back ("Invalid API key: sk-…" in an error body), and what it answered is
 * recorded and exported. These replace such echoes in the parts of a view a server writes text
 * into about the request: the error, the notices and a failed response's error. Credential-like
 * query values (`?api_key=…` in an echoed URL) are replaced wherever they appear there, known or not.
 */
import { isSecretHeaderName, redactUrlSecretsInText, urlSecretValues } from '../api/url-secrets';
import type { ResponseView } from '../response/types';

/** Shorter values are not searched for: they would match ordinary text. */
const MIN_SECRET = 8;
const REDACTED = '[redacted]';

/** The secrets of an endpoint: its key, its credential-like query values and header values. */
export function endpointSecrets(endpoint: {
  baseUrl?: string;
  apiKey?: string;
  headers?: Record<string, string>;
}): string[] {
  const values = [endpoint.apiKey ?? '', ...urlSecretValues(endpoint.baseUrl ?? '')];
  for (const [name, value] of Object.entries(endpoint.headers ?? {})) {
    if (!isSecretHeaderName(name)) continue;
    values.push(value, value.replace(/^\s*(bearer|basic|token)\s+/i, ''));
  }
  return [...new Set(values.map((v) => v.trim()).filter((v) => v.length >= MIN_SECRET))];
}

function holds(value: unknown, secrets: readonly string[]): boolean {
  if (typeof value === 'string')
    return secrets.some((secret) => value.includes(secret)) || redactUrlSecretsInText(value) !== value;
  if (typeof value === 'object' && value !== null)
    return Object.values(value).some((v: unknown) => holds(v, secrets));
  return false;
}

function scrub<T>(value: T, secrets: readonly string[]): T {
  if (typeof value === 'string') {
    let text: string = value;
    for (const secret of secrets) if (text.includes(secret)) text = text.split(secret).join(REDACTED);
    return redactUrlSecretsInText(text) as T;
  }
  if (Array.isArray(value)) return value.map((v: unknown) => scrub(v, secrets)) as T;
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, secrets)])) as T;
  return value;
}

/** The view with every secret replaced where a server may echo one; the same object when none is there. */
export function redactView(view: ResponseView, secrets: readonly string[]): ResponseView {
  const failed = view.response?.error;
  if (!holds([view.error, view.notices, failed], secrets)) return view;
  const next: ResponseView = { ...view, notices: scrub(view.notices, secrets) };
  if (view.error) next.error = scrub(view.error, secrets);
  if (view.response && failed !== undefined)
    next.response = { ...view.response, error: scrub(failed, secrets) };
  return next;
}
