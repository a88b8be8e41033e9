/**
 * The demo backend: a Web-standard `(Request) => Promise<Response>` handler that imitates the
 * OpenAI Responses API closely enough to exercise every part of the playground without a key.
 * See README.md beside this file for the routes, the demo-* models and the metadata knobs.
 */
import { BackgroundRuns, type BackgroundRun } from './background';
import { conversationRoute, ConversationStore } from './conversations';
import { createResponse, type CreateContext } from './create-route';
import { CORS_HEADERS, jsonResponse, notFound } from './errors';
import { createInvalidArgsDecider } from './invalid-args';
import { readJsonBody } from './json-body';
import { DEMO_LIMITS, methodNotAllowed } from './limits';
import { modelList } from './models';
import type { JsonMap } from './request';
import { metadataNumber } from './request';
import { responseRoute } from './response-routes';
import { createRng, hashString } from './rng';
import { ResponseStore } from './store';

export interface DemoBackendOptions {
  /** Where the API lives; `POST {basePath}/v1/responses`. Default `/demo`. */
  basePath?: string;
  /** Milliseconds between deltas unless `metadata.demo_pace_ms` says otherwise. Default 25. */
  defaultPaceMs?: number;
  /** How many responses to keep for previous_response_id and GET. Default 500. */
  maxStored?: number;
  /** Their total size (request text and output), oldest dropped first. Default 64 MiB. */
  maxStoredBytes?: number;
  /** Largest request body; 413 beyond. Default 4 MiB. */
  maxBodyBytes?: number;
  /** One request's whole life, streaming included; a stream still going then just ends. Default 5 min. */
  maxRequestMs?: number;
  /** Clock (ms since the epoch), injectable for tests. */
  now?: () => number;
  /**
   * Where answered responses are kept (default: a new in-memory store of `maxStored`). The in-browser
   * demo passes one that survives its Service Worker being stopped while idle.
   */
  store?: ResponseStore;
  /** Milliseconds a background response stays `queued` before it starts. Default 400. */
  queueMs?: number;
}

/** Events a deliberately broken background stream delivers before it ends (`metadata.demo_drop_after`). */
const DEFAULT_DROP_AFTER = 12;

export type DemoBackend = (request: Request) => Promise<Response>;

/** Creates the demo handler. Each handler has its own in-memory response store. */
export function createDemoBackend(options: DemoBackendOptions = {}): DemoBackend {
  const basePath = (options.basePath ?? '/demo').replace(/\/+$/, '');
  const now = options.now ?? Date.now;
  let counter = 0;
  const ctx: CreateContext = {
    store:
      options.store ??
      new ResponseStore(
        options.maxStored ?? DEMO_LIMITS.maxStored,
        options.maxStoredBytes ?? DEMO_LIMITS.maxStoredBytes,
      ),
    conversations: new ConversationStore(options.maxStored ?? 500),
    runs: new BackgroundRuns(),
    now,
    nowSeconds: () => Math.floor(now() / 1000),
    nextCount: () => ++counter,
    breaks: createInvalidArgsDecider(),
    defaultPaceMs: options.defaultPaceMs ?? 25,
    maxBodyBytes: options.maxBodyBytes ?? DEMO_LIMITS.maxBodyBytes,
    maxRequestMs: options.maxRequestMs ?? DEMO_LIMITS.maxRequestMs,
    queueMs: options.queueMs ?? 400,
    dropAfter,
  };
  const freshRng = () => createRng(hashString(String(ctx.nextCount())) ^ now());

  return async function demoBackend(request: Request): Promise<Response> {
    const response = await route(request);
    // The body is JSON or SSE from our own generator: never let a browser sniff it into a page.
    response.headers.set('x-content-type-options', 'nosniff');
    return response;
  };

  async function route(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    if (!['GET', 'POST', 'DELETE', 'OPTIONS'].includes(method)) return methodNotAllowed(method);
    if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`))
      return notFound(method, url.pathname);
    // Accept both `/v1/responses` and `/responses` (a base URL typed with or without /v1).
    const path = url.pathname.slice(basePath.length).replace(/^\/v1(?=\/)/, '');

    if (method === 'OPTIONS') return preflight(request);
    if (path === '/responses' && method === 'POST') return createResponse(request, ctx);
    if (path === '/models' && method === 'GET') return jsonResponse(200, modelList());
    const readBody = async () =>
      readJsonBody(request, ctx.maxBodyBytes).then((read) => (read instanceof Response ? read : read.body));
    const routed =
      (await responseRoute(path, method, request, {
        store: ctx.store,
        runs: ctx.runs,
        conversations: ctx.conversations,
        rng: freshRng,
        nowSeconds: ctx.nowSeconds,
        readBody,
        dropAfter,
      })) ??
      (await conversationRoute(path, method, url, {
        store: ctx.conversations,
        rng: freshRng,
        nowSeconds: ctx.nowSeconds,
        readBody,
      }));
    return routed ?? notFound(method, url.pathname);
  }
}

/** Background streams break on purpose while `dropsLeft` lasts (each connection once). */
function dropAfter(run: BackgroundRun): number | undefined {
  if (run.dropsLeft <= 0) return undefined;
  run.dropsLeft--;
  return metadataNumber(run.response as unknown as JsonMap, 'demo_drop_after') || DEFAULT_DROP_AFTER;
}

/** A CORS preflight: 204, with no `Access-Control-Allow-Origin` of its own (demo-mount.ts grants it). */
function preflight(request: Request): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS',
      'access-control-allow-headers':
        request.headers.get('access-control-request-headers') ?? 'authorization, content-type',
      'access-control-max-age': '86400',
    },
  });
}
