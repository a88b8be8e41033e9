/**
 * The endpoint doctor's requests: a timed JSON request (the streamed one is in doctor-stream.ts). Each probe has its own timeout and never throws (except on abort).
 */
import { type JsonObject } from '../json';
import { apiUrl } from '../api/request-json';
import { normalizeHttpError } from '../api/errors';
import { buildHeaders } from '../api/headers';
import type { Endpoint } from '../api/types';
import type { RunError } from '../response/types';

export interface ProbeContext {
  /** Where probes go (already routed through the proxy when it is used). */
  endpoint: Endpoint;
  fetch: typeof fetch;
  signal: AbortSignal;
  now: () => number;
  timeoutMs: number;
}

export type HttpOutcome =
  | { ok: true; status: number; json: unknown; ms: number }
  /** `status` is set for an HTTP error (its normalised message in `error`), unset when unreachable. */
  | { ok: false; status?: number; error: RunError; ms: number };

/** Runs `work` with a signal that fires on the caller's abort or after the timeout. */
export async function timed<T>(
  ctx: ProbeContext,
  work: (signal: AbortSignal) => Promise<T>,
  onTimeout: () => T,
): Promise<T> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ctx.timeoutMs);
  const forward = () => controller.abort();
  ctx.signal.addEventListener('abort', forward, { once: true });
  try {
    return await work(controller.signal);
  } catch (cause) {
    if (timedOut) return onTimeout();
    throw cause;
  } finally {
    clearTimeout(timer);
    ctx.signal.removeEventListener('abort', forward);
  }
}

export function failure(message: string, cause?: unknown): RunError {
  if (cause === undefined) return { kind: 'network', message };
  const raw = cause instanceof Error ? `${cause.name}: ${cause.message}` : JSON.stringify(cause);
  return { kind: 'network', message: `${message} ${raw}`, raw };
}

/**
 * `method {base}/v1{path}` with the headers Send uses; the body parsed as JSON when it is JSON
 * (with `asText`, a 2xx body comes back as its text). `query` goes after the base URL's own query.
 */
export async function probeJson(
  ctx: ProbeContext,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: JsonObject,
  opts: { asText?: boolean; query?: Record<string, string | number> } = {},
): Promise<HttpOutcome> {
  const started = ctx.now();
  const url = apiUrl(ctx.endpoint.baseUrl, path, opts.query);
  if (!url.ok) return { ok: false, error: failure(url.error), ms: 0 };
  const timeout = (): HttpOutcome => ({
    ok: false,
    error: failure(`No answer within ${Math.round(ctx.timeoutMs / 1000)} s.`),
    ms: ctx.now() - started,
  });
  return timed(
    ctx,
    async (signal) => {
      let res: Response;
      let text: string;
      try {
        res = await ctx.fetch(url.value, {
          method,
          headers: buildHeaders(ctx.endpoint, method === 'POST' ? 'POST' : 'GET'),
          credentials: 'omit',
          signal,
          ...(body ? { body: JSON.stringify(body) } : {}),
        });
        text = await res.text();
      } catch (cause) {
        if (signal.aborted) throw cause;
        return {
          ok: false,
          error: failure('The request failed (network error or CORS):', cause),
          ms: ctx.now() - started,
        };
      }
      const ms = ctx.now() - started;
      if (!res.ok)
        return {
          ok: false,
          status: res.status,
          error: normalizeHttpError(res.status, text, res.headers),
          ms,
        };
      if (opts.asText) return { ok: true, status: res.status, json: text, ms };
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return {
          ok: false,
          status: res.status,
          error: { kind: 'invalid-data', message: 'The answer is not JSON.', raw: text.slice(0, 2000) },
          ms,
        };
      }
      return { ok: true, status: res.status, json, ms };
    },
    timeout,
  );
}
