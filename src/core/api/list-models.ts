import type { RunError } from '../response/types';
import { isObject } from '../json';
import { err, ok, type Result } from '../result';
import { endpointUrl } from './endpoint-url';
import { normalizeHttpError } from './errors';
import { buildHeaders, headerProblem } from './headers';
import { routeEndpoint } from './route';
import { networkError, setupError } from './network-error';
import type { Endpoint } from './types';
import { said } from './run-error-messages';

/**
 * `GET {base}/v1/models`: the model ids the server offers, de-duplicated and sorted.
 *
 * Accepts OpenAI's `{data: [{id}]}` and what relays send instead: `{models: [...]}`, a bare array,
 * items that are plain strings or carry `name`/`model` instead of `id`. An aborted request gives a
 * `network` error with the message "Cancelled." (callers that aborted usually ignore it).
 *
 * @param endpoint base URL, key and extra headers (and `proxy` to go through the local proxy)
 * @param signal cancels the request
 * @param fetchImpl fetch implementation, injectable for tests
 */
export async function listModels(
  endpoint: Endpoint,
  signal: AbortSignal,
  fetchImpl: typeof fetch = globalThis.fetch,
): Promise<Result<string[], RunError>> {
  const routed = routeEndpoint(endpoint);
  const url = endpointUrl(routed.baseUrl, '/models');
  if (!url.ok) return err(setupError(url.error));
  const headers = buildHeaders(routed, 'GET');
  const problem = headerProblem(headers);
  if (problem) return err(setupError(problem));
  const cancelled = (): Result<string[], RunError> => err({ kind: 'network', ...said('cancelled') });

  let text: string;
  let response: Response;
  try {
    response = await fetchImpl(url.value, { method: 'GET', headers, signal, credentials: 'omit' });
    text = await response.text();
  } catch (cause) {
    return signal.aborted ? cancelled() : err(networkError(url.value, cause, endpoint.proxyAvailable));
  }
  if (signal.aborted) return cancelled();
  if (!response.ok) return err(normalizeHttpError(response.status, text, response.headers));

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return err({
      kind: 'invalid-data',
      status: response.status,
      ...said('modelsNotJson'),
      raw: text.trim().slice(0, 64 * 1024),
    });
  }
  const items = Array.isArray(body) ? body : isObject(body) ? (body.data ?? body.models) : undefined;
  if (!Array.isArray(items)) {
    return err({
      kind: 'invalid-data',
      status: response.status,
      ...said('modelsNoData'),
      raw: text.trim().slice(0, 64 * 1024),
    });
  }
  const ids = new Set<string>();
  for (const item of items) {
    const id =
      typeof item === 'string' ? item : isObject(item) ? (item.id ?? item.name ?? item.model) : undefined;
    if (typeof id === 'string' && id.trim() !== '') ids.add(id.trim());
  }
  return ok([...ids].sort((a, b) => a.localeCompare(b)));
}
