/**
 * The rest of the Responses API on the relay, for every scenario that has it (`api: false` answers
 * `404 page not found`, like a relay with no such routes): `POST …/responses/input_tokens`,
 * `GET …/responses/{id}` (JSON, or a background response's resumed stream), `DELETE`, `POST …/cancel`
 * and `GET …/input_items`.
 */
import { listPage } from '../../server/demo/items';
import type { RelayContext } from './relay-context';
import { sendJson, sendText } from './relay-context';
import { resumeBackground } from './relay-background';
import { relayTokenCount } from './relay-store';

const INVALID = { type: 'invalid_request_error', param: null, code: null };

/** Answers an API route other than `POST …/responses`; false when the path is none of them. */
export async function apiRoute(ctx: RelayContext, url: URL, method: string, api: boolean): Promise<boolean> {
  const path = url.pathname;
  const tokens = method === 'POST' && path.endsWith('/responses/input_tokens');
  const byId = /\/responses\/([^/]+)(\/cancel|\/input_items)?$/.exec(path);
  if (!tokens && !byId?.[1]) return false;
  if (!api) {
    sendText(ctx, 404, 'text/plain; charset=utf-8', '404 page not found');
    return true;
  }
  if (tokens) {
    sendJson(ctx, 200, { object: 'response.input_tokens', input_tokens: relayTokenCount(ctx.bodyText) });
    return true;
  }
  const id = decodeURIComponent(byId?.[1] ?? '');
  const action = byId?.[2];
  const entry = ctx.store.get(id);
  if (!entry) {
    sendJson(ctx, 404, { error: { message: `Response with id '${id}' not found.`, ...INVALID } });
    return true;
  }
  if (action === '/cancel' && method === 'POST') {
    if (!entry.background) {
      sendJson(ctx, 400, {
        error: { message: 'Only responses created with background=true can be cancelled.', ...INVALID },
      });
      return true;
    }
    if (entry.status !== 'completed') {
      entry.cancelled = true;
      entry.status = 'cancelled';
    }
    sendJson(ctx, 200, ctx.store.snapshot(entry));
    return true;
  }
  if (action === '/input_items' && method === 'GET') {
    sendJson(ctx, 200, listPage(entry.input, { after: null, limit: 100, order: 'desc' }));
    return true;
  }
  if (action !== undefined) return false;
  if (method === 'DELETE') {
    ctx.store.delete(id);
    sendJson(ctx, 200, { id, object: 'response', deleted: true });
    return true;
  }
  if (method !== 'GET') return false;
  if (url.searchParams.get('stream') === 'true') {
    if (!entry.background) {
      sendJson(ctx, 400, {
        error: {
          message: 'This response was not created with background=true; it cannot be streamed.',
          ...INVALID,
        },
      });
      return true;
    }
    const after = url.searchParams.get('starting_after');
    await resumeBackground(ctx, entry, after === null ? undefined : Number(after));
    return true;
  }
  // A polled background response: in progress at the first look, done at the second.
  if (entry.background && !entry.cancelled && entry.status !== 'completed') {
    entry.polls++;
    entry.status = entry.polls >= 2 ? 'completed' : 'in_progress';
  }
  sendJson(ctx, 200, ctx.store.snapshot(entry));
  return true;
}
