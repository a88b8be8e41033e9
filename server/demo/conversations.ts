/**
 * The demo's Conversations API: `/v1/conversations` and its items, kept in memory. A response created
 * with `conversation` adds its input items at once and its output items when it settles.
 */
import { errorResponse, invalidRequest, jsonResponse } from './errors';
import { listPage, pageQuery, storedItem } from './items';
import type { JsonMap } from './request';
import { isMap } from './request';
import type { Rng } from './rng';

export interface Conversation {
  id: string;
  created_at: number;
  metadata: JsonMap;
  /** Oldest first, each with an id. */
  items: JsonMap[];
  /** Responses created in it, oldest first (their turn order). */
  responseIds: string[];
}

const MAX_ITEMS_PER_CALL = 20;

export class ConversationStore {
  private readonly entries = new Map<string, Conversation>();

  constructor(private readonly limit = 500) {}

  get(id: string): Conversation | undefined {
    return this.entries.get(id);
  }

  create(rng: Rng, createdAt: number, metadata: JsonMap = {}): Conversation {
    const conversation: Conversation = {
      id: `conv_${rng.hex(48)}`,
      created_at: createdAt,
      metadata,
      items: [],
      responseIds: [],
    };
    this.entries.set(conversation.id, conversation);
    while (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return conversation;
  }

  delete(id: string): boolean {
    return this.entries.delete(id);
  }
}

/** The public shape of a conversation. */
export function conversationObject(c: Conversation): JsonMap {
  return { id: c.id, object: 'conversation', created_at: c.created_at, metadata: c.metadata };
}

/** The conversation id a create request names (`"conv_…"` or `{id}`), if any. */
export function conversationParam(body: JsonMap): string | undefined {
  const value = body.conversation;
  if (typeof value === 'string' && value) return value;
  if (isMap(value) && typeof value.id === 'string' && value.id) return value.id;
  return undefined;
}

export function conversationNotFound(id: string): Response {
  return errorResponse(404, {
    message: `Conversation with id '${id}' not found.`,
    type: 'invalid_request_error',
    param: 'conversation',
    code: null,
  });
}

export interface ConversationRouteContext {
  store: ConversationStore;
  rng: () => Rng;
  nowSeconds: () => number;
  /** The parsed JSON body, or a Response when it is not a JSON object. */
  readBody: () => Promise<JsonMap | Response>;
}

/** Routes `/conversations…` (path without `/v1`); undefined for any other path. */
export async function conversationRoute(
  path: string,
  method: string,
  url: URL,
  ctx: ConversationRouteContext,
): Promise<Response | undefined> {
  const match = /^\/conversations(?:\/([^/]+)(?:\/items(?:\/([^/]+))?)?)?$/.exec(path);
  if (!match) return undefined;
  const [, rawId, rawItem] = match;
  const itemsPath = path.includes('/items');
  if (rawId === undefined) {
    if (method !== 'POST') return undefined;
    const body = await ctx.readBody();
    if (body instanceof Response) return body;
    const items = Array.isArray(body.items) ? body.items.filter(isMap) : [];
    if (items.length > MAX_ITEMS_PER_CALL)
      return invalidRequest(`Too many items: at most ${MAX_ITEMS_PER_CALL} per request.`, 'items');
    const rng = ctx.rng();
    const conversation = ctx.store.create(rng, ctx.nowSeconds(), isMap(body.metadata) ? body.metadata : {});
    conversation.items.push(...items.map((item) => storedItem(item, rng)));
    return jsonResponse(200, conversationObject(conversation));
  }
  const id = decodeURIComponent(rawId);
  const conversation = ctx.store.get(id);
  if (!conversation) return conversationNotFound(id);
  if (!itemsPath) {
    if (method === 'GET') return jsonResponse(200, conversationObject(conversation));
    if (method === 'DELETE') {
      ctx.store.delete(id);
      return jsonResponse(200, { id, object: 'conversation.deleted', deleted: true });
    }
    if (method === 'POST') {
      const body = await ctx.readBody();
      if (body instanceof Response) return body;
      if (isMap(body.metadata)) conversation.metadata = body.metadata;
      return jsonResponse(200, conversationObject(conversation));
    }
    return undefined;
  }
  if (rawItem === undefined) {
    if (method === 'GET') return jsonResponse(200, listPage(conversation.items, pageQuery(url)));
    if (method !== 'POST') return undefined;
    const body = await ctx.readBody();
    if (body instanceof Response) return body;
    const items = Array.isArray(body.items) ? body.items.filter(isMap) : [];
    if (items.length === 0 || items.length > MAX_ITEMS_PER_CALL)
      return invalidRequest(`Send between 1 and ${MAX_ITEMS_PER_CALL} items.`, 'items');
    const rng = ctx.rng();
    const added = items.map((item) => storedItem(item, rng));
    conversation.items.push(...added);
    return jsonResponse(200, listPage(added, { after: null, limit: 100, order: 'asc' }));
  }
  const itemId = decodeURIComponent(rawItem);
  const at = conversation.items.findIndex((item) => item.id === itemId);
  if (at < 0)
    return errorResponse(404, {
      message: `Item with id '${itemId}' not found.`,
      type: 'invalid_request_error',
      param: null,
      code: null,
    });
  if (method === 'GET') return jsonResponse(200, conversation.items[at]);
  if (method === 'DELETE') {
    conversation.items.splice(at, 1);
    return jsonResponse(200, conversationObject(conversation));
  }
  return undefined;
}
