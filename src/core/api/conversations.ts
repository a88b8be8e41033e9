/**
 * The Conversations API (`/v1/conversations` and its items): a server-side list of items that a
 * response joins with `conversation: "conv_…"`, the third way to chain turns beside
 * `previous_response_id` and replay.
 */
import type { Conversation } from 'openai/resources/conversations/conversations';
import type { JsonObject, RunError } from '../response/types';
import { isObject } from '../json';
import type { Result } from '../result';
import { ok } from '../result';
import { objectWithId, requestJson, segment } from './request-json';
import { readPage, type CallOptions, type ItemPage, type PageQuery } from './responses-api';
import type { Endpoint } from './types';

export type ConversationObject = JsonObject & { id: string } & Partial<Pick<Conversation, 'created_at'>>;

/** `POST /v1/conversations`, optionally with initial items and metadata. */
export async function createConversation(
  endpoint: Endpoint,
  params: { items?: JsonObject[]; metadata?: Record<string, string> } = {},
  opts: CallOptions = {},
): Promise<Result<ConversationObject, RunError>> {
  const result = await requestJson({
    endpoint,
    method: 'POST',
    path: '/conversations',
    body: params,
    ...opts,
  });
  return result.ok ? objectWithId(result.value, 'a conversation') : result;
}

/** `GET /v1/conversations/{id}`. */
export async function retrieveConversation(
  endpoint: Endpoint,
  id: string,
  opts: CallOptions = {},
): Promise<Result<ConversationObject, RunError>> {
  const result = await requestJson({
    endpoint,
    method: 'GET',
    path: `/conversations/${segment(id)}`,
    ...opts,
  });
  return result.ok ? objectWithId(result.value, 'a conversation') : result;
}

/** `DELETE /v1/conversations/{id}` (its items go too; responses in it stay). */
export async function deleteConversation(
  endpoint: Endpoint,
  id: string,
  opts: CallOptions = {},
): Promise<Result<{ deleted: boolean }, RunError>> {
  const result = await requestJson({
    endpoint,
    method: 'DELETE',
    path: `/conversations/${segment(id)}`,
    ...opts,
  });
  if (!result.ok) return result;
  return ok({ deleted: !isObject(result.value) || result.value.deleted !== false });
}

/** `GET /v1/conversations/{id}/items`: one page, newest first unless `order: "asc"`. */
export async function listConversationItems(
  endpoint: Endpoint,
  id: string,
  query: PageQuery = {},
  opts: CallOptions = {},
): Promise<Result<ItemPage, RunError>> {
  const result = await requestJson({
    endpoint,
    method: 'GET',
    path: `/conversations/${segment(id)}/items`,
    query: { after: query.after, limit: query.limit, order: query.order },
    ...opts,
  });
  return result.ok ? readPage(result.value) : result;
}

/** `POST /v1/conversations/{id}/items`: appends items; answers the created ones. */
export async function addConversationItems(
  endpoint: Endpoint,
  id: string,
  items: JsonObject[],
  opts: CallOptions = {},
): Promise<Result<ItemPage, RunError>> {
  const result = await requestJson({
    endpoint,
    method: 'POST',
    path: `/conversations/${segment(id)}/items`,
    body: { items },
    ...opts,
  });
  return result.ok ? readPage(result.value) : result;
}
