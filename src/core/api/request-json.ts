import type { RunError } from '../response/types';
import { isObject } from '../json';
import { err, ok, type Result } from '../result';
import { endpointUrl } from './endpoint-url';
import { normalizeHttpError } from './errors';
import { buildHeaders, headerProblem } from './headers';
import { networkError, setupError } from './network-error';
import { routeEndpoint } from './route';
import type { Endpoint } from './types';
import { RUN_ERROR_MESSAGES, said } from './run-error-messages';

/** One JSON call to the API: everything but the stream. */
export interface JsonCall {
  endpoint: Endpoint;
  method: 'GET' | 'POST' | 'DELETE';
  /** An API path under `/v1`, e.g. `/responses/resp_1/cancel` (ids already encoded). */
  path: string;
  /** Query parameters; undefined values are left out. */
  query?: Record<string, string | number | boolean | undefined>;
  /** Sent as given when a string (the editor's text), else serialised. */
  body?: string | Record<string, unknown>;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

const RAW_LIMIT = 64 * 1024;
/** The `network` error message of a call its caller aborted (callers that aborted usually ignore it). */
export const CANCELLED = RUN_ERROR_MESSAGES.cancelled;

/**
 * The absolute URL of an API path with query parameters, after the base URL's own query (which some
 * gateways need, `?api-version=…`).
 */
export function apiUrl(baseUrl: string, path: string, query: JsonCall['query'] = {}): Result<string> {
  const joined = endpointUrl(baseUrl, path);
  if (!joined.ok) return joined;
  const url = new URL(joined.value);
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  return ok(url.href);
}

/** `/responses/{id}`-style path segment: encoded, so an id can never add path segments. */
export function segment(id: string): string {
  return encodeURIComponent(id.trim());
}

/**
 * Sends one JSON request the way Send does (same headers, through the local proxy when set, no
 * credentials) and returns the parsed JSON body. Never rejects: a bad base URL, a network or CORS
 * failure, a non-2xx answer (normalised like any API error), a body that is not JSON, and an abort
 * (`network`, message {@link CANCELLED}) all come back as a typed RunError. An empty 2xx body is `null`.
 */
export async function requestJson(call: JsonCall): Promise<Result<unknown, RunError>> {
  const signal = call.signal ?? new AbortController().signal;
  const routed = routeEndpoint(call.endpoint);
  const url = apiUrl(routed.baseUrl, call.path, call.query);
  if (!url.ok) return err(setupError(url.error));
  const headers = buildHeaders(routed, call.method === 'POST' ? 'POST' : 'GET');
  if (call.method === 'POST') headers.Accept = 'application/json';
  const problem = headerProblem(headers);
  if (problem) return err(setupError(problem));
  const cancelled = (): Result<unknown, RunError> => err({ kind: 'network', ...said('cancelled') });
  if (signal.aborted) return cancelled();

  let response: Response;
  let text: string;
  try {
    const fetchImpl = call.fetch ?? globalThis.fetch;
    const body =
      call.body === undefined || typeof call.body === 'string' ? call.body : JSON.stringify(call.body);
    response = await fetchImpl(url.value, {
      method: call.method,
      headers,
      signal,
      credentials: 'omit',
      ...(body === undefined ? {} : { body }),
    });
    text = await response.text();
  } catch (cause) {
    return signal.aborted ? cancelled() : err(networkError(url.value, cause));
  }
  if (signal.aborted) return cancelled();
  if (!response.ok) return err(normalizeHttpError(response.status, text, response.headers));
  // 204 No Content (a DELETE): nothing to parse.
  if (text.trim() === '') return ok(null);
  try {
    return ok(JSON.parse(text) as unknown);
  } catch {
    return err({
      kind: 'invalid-data',
      status: response.status,
      ...said('notJson', { method: call.method, path: call.path }),
      raw: text.trim().slice(0, RAW_LIMIT),
    });
  }
}

/**
 * True when an error says the server has no such route at all (a relay without this part of the
 * API), rather than that the object asked for is missing: 405/501, or a 404 whose message is a
 * router's ("Invalid URL (GET …)", "404 page not found", an HTML page, an empty body).
 */
export function isUnsupported(error: RunError): boolean {
  if (error.kind !== 'http' || error.status === undefined) return false;
  if (error.status === 405 || error.status === 501) return true;
  if (error.status !== 404) return false;
  if (error.code === 'api_not_implemented') return true;
  return /invalid url|page not found|html page|no route|not implemented|^HTTP 404( Not Found)?$/i.test(
    error.message,
  );
}

/** A JSON object with a string `id`, or an invalid-data error naming what was expected. */
export function objectWithId(
  json: unknown,
  what: string,
): Result<Record<string, unknown> & { id: string }, RunError> {
  if (isObject(json) && typeof json.id === 'string')
    return ok(json as Record<string, unknown> & { id: string });
  return err(invalidShape(json, `The answer is not ${what} (no "id").`));
}

/** An invalid-data error for an answer of the wrong shape, with the JSON for the details view. */
export function invalidShape(json: unknown, message: string): RunError {
  let raw: string;
  try {
    raw = JSON.stringify(json) ?? String(json);
  } catch {
    raw = String(json);
  }
  return { kind: 'invalid-data', message, raw: raw.slice(0, RAW_LIMIT) };
}
