/**
 * The local proxy's traffic: reading the page's request body (bounded), forwarding to the upstream
 * with a timeout for its headers, and writing its answer back chunk by chunk with backpressure and
 * an idle timeout. A page that goes away aborts the upstream request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PROXY_ERROR_HEADER } from '../src/core/endpoints/proxy-route';
import { drained } from './node-adapter';
import { classifyUpstreamFailure } from './proxy-failure';
import { PROXY_RESPONSE_HEADERS, returnResponseHeaders } from './proxy-headers';

export interface StreamSettings {
  fetch: typeof fetch;
  headersTimeoutMs: number;
  idleTimeoutMs: number;
  /** Cut any answer still streaming after this long, however lively. */
  maxStreamMs: number;
  log: (line: string) => void;
}

export interface UpstreamRequest {
  url: string;
  method: string;
  headers: Headers;
  body?: BodyInit | undefined;
}

export class TooLarge extends Error {}

/**
 * An error the proxy itself produced, OpenAI-shaped so the app shows it like any other, and marked
 * as the proxy's own by the `x-proxy-error` header (its value is the code), so the page never
 * mistakes it for the upstream's answer.
 */
export function refuse(
  res: ServerResponse,
  status: number,
  message: string,
  code: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    'cache-control': 'no-store',
    [PROXY_ERROR_HEADER]: code,
    ...PROXY_RESPONSE_HEADERS,
  });
  res.end(JSON.stringify({ error: { message, type: 'proxy_error', param: null, code, ...extra } }));
}

/** Answers a request the upstream never answered, naming why (see proxy-failure.ts). */
export function refuseUnreached(
  res: ServerResponse,
  error: unknown,
  where: string,
  timedOutAfterMs?: number,
): void {
  const failure = classifyUpstreamFailure(error, where, timedOutAfterMs);
  const detail = timedOutAfterMs === undefined ? describe(error) : undefined;
  refuse(res, failure.status, failure.message, failure.code, {
    target: where,
    ...(detail ? { detail } : {}),
  });
}

/** The whole request body; throws TooLarge past `max` bytes. */
export async function readRequestBody(req: IncomingMessage, max: number): Promise<BodyInit> {
  if (Number(req.headers['content-length'] ?? 0) > max) throw new TooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > max) throw new TooLarge();
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Where a request went, for the failure log: the origin only (a path or query can carry a key). */
function logName(url: string): string {
  return new URL(url).origin;
}

export function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  const detail = typeof cause?.message === 'string' ? cause.message : error.message;
  return code && !detail.includes(code) ? `${detail} (${code})` : detail;
}

/** Forwards one request and streams the answer back. Upstream errors pass through untouched. */
export async function relayResponse(
  req: IncomingMessage,
  res: ServerResponse,
  upstream: UpstreamRequest,
  settings: StreamSettings,
): Promise<void> {
  const controller = new AbortController();
  let reason: 'timeout' | 'idle' | 'max' | undefined;
  const lifetime = setTimeout(() => {
    reason = 'max';
    controller.abort();
  }, settings.maxStreamMs);
  const onClose = () => {
    if (!res.writableFinished) controller.abort();
  };
  res.once('close', onClose);
  const where = new URL(upstream.url).origin;
  let timer = setTimeout(() => {
    reason = 'timeout';
    controller.abort();
  }, settings.headersTimeoutMs);
  try {
    let answer: Response;
    try {
      answer = await settings.fetch(upstream.url, {
        method: upstream.method,
        headers: upstream.headers,
        redirect: 'manual',
        signal: controller.signal,
        ...(upstream.body ? { body: upstream.body } : {}),
      });
    } catch (error) {
      if (res.destroyed) return; // the page went away first
      const timedOut = reason === 'timeout' ? settings.headersTimeoutMs : undefined;
      settings.log(
        `proxy: ${req.method} ${logName(upstream.url)}: ${
          timedOut === undefined ? describe(error) : `no answer within ${timedOut} ms`
        }`,
      );
      return refuseUnreached(res, error, where, timedOut);
    } finally {
      clearTimeout(timer);
    }

    if (answer.status >= 300 && answer.status < 400) {
      await answer.body?.cancel();
      const location = answer.headers.get('location');
      const to =
        location && URL.canParse(location, upstream.url)
          ? ` to ${logName(new URL(location, upstream.url).href)}`
          : '';
      // Following it would carry the key to wherever the redirect points.
      return refuse(
        res,
        502,
        `${where} answered HTTP ${answer.status} (a redirect${to}); use the final URL as the base URL.`,
        'upstream_redirect',
      );
    }

    res.statusCode = answer.status;
    if (answer.statusText && /^[\t\x20-\x7e]*$/.test(answer.statusText))
      res.statusMessage = answer.statusText;
    for (const [name, value] of Object.entries(returnResponseHeaders(answer.headers)))
      res.setHeader(name, value);
    res.socket?.setNoDelay(true);
    res.flushHeaders();
    if (!answer.body) return void res.end();

    const reader = answer.body.getReader();
    try {
      for (;;) {
        timer = setTimeout(() => {
          reason = 'idle';
          controller.abort();
        }, settings.idleTimeoutMs);
        const { done, value } = await reader.read();
        clearTimeout(timer);
        if (done) break;
        if (res.destroyed) return;
        if (!res.write(value)) await drained(res);
      }
      res.end();
    } catch (error) {
      clearTimeout(timer);
      if (reason === 'idle')
        settings.log(`proxy: ${logName(upstream.url)}: nothing for ${settings.idleTimeoutMs} ms, stream cut`);
      else if (reason === 'max')
        settings.log(`proxy: ${logName(upstream.url)}: streaming for ${settings.maxStreamMs} ms, stream cut`);
      else if (!res.destroyed)
        settings.log(`proxy: ${logName(upstream.url)}: stream broke: ${describe(error)}`);
      // Cut the connection so the page sees a broken stream, not a clean (truncated) end.
      res.destroy();
    } finally {
      reader.cancel().catch(() => undefined);
    }
  } finally {
    clearTimeout(lifetime);
    res.off('close', onClose);
  }
}
