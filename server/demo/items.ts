/**
 * Items as the API lists them (input items of a response, items of a conversation): each with an id,
 * messages with content parts, paged by cursor (`after`, `limit`, `order`).
 */
import type { Json, JsonMap } from './request';
import type { Rng } from './rng';

const PREFIX: Record<string, string> = {
  message: 'msg',
  function_call: 'fc',
  function_call_output: 'fco',
  reasoning: 'rs',
  compaction: 'cmp',
};

/** An input item as stored and listed: an id, and a message's string content as an input_text part. */
export function storedItem(item: JsonMap, rng: Rng): JsonMap {
  const type = typeof item.type === 'string' ? item.type : 'message';
  const id = typeof item.id === 'string' && item.id ? item.id : `${PREFIX[type] ?? 'item'}_${rng.hex(40)}`;
  if (type !== 'message') return { id, ...item, type };
  const role = typeof item.role === 'string' ? item.role : 'user';
  const partType = role === 'assistant' ? 'output_text' : 'input_text';
  const content: Json =
    typeof item.content === 'string'
      ? [{ type: partType, text: item.content }]
      : Array.isArray(item.content)
        ? item.content
        : [];
  return { id, type: 'message', role, status: 'completed', content };
}

export interface PageQuery {
  after: string | null;
  limit: number;
  order: 'asc' | 'desc';
}

/** Reads `after`, `limit` (1–100, default 20) and `order` (default `desc`) from a URL. */
export function pageQuery(url: URL): PageQuery {
  const limit = Number(url.searchParams.get('limit') ?? 20);
  return {
    after: url.searchParams.get('after'),
    limit: Number.isInteger(limit) ? Math.min(100, Math.max(1, limit)) : 20,
    order: url.searchParams.get('order') === 'asc' ? 'asc' : 'desc',
  };
}

/** One page of `items` (stored oldest first) as `{object: "list", data, first_id, last_id, has_more}`. */
export function listPage(items: JsonMap[], query: PageQuery): JsonMap {
  const ordered = query.order === 'asc' ? items : [...items].reverse();
  const from = query.after === null ? 0 : ordered.findIndex((item) => item.id === query.after) + 1;
  const data = ordered.slice(from, from + query.limit);
  return {
    object: 'list',
    data,
    first_id: data[0]?.id ?? null,
    last_id: data.at(-1)?.id ?? null,
    has_more: from + data.length < ordered.length,
  };
}
