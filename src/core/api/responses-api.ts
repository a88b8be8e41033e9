/**
 * The Responses API beyond `POST /v1/responses`: retrieve, cancel, delete, input items, input token
 * counts and compaction. Each call resolves with a Result and never rejects; shapes are checked only
 * as far as the app relies on them (relays add and drop fields freely).
 */
import type { CompactedResponse, Response as WireResponse } from 'openai/resources/responses/responses';
import type { InputTokenCountResponse, ResponseItemList } from 'openai/resources/responses/index';
import type { JsonObject, RunError } from '../response/types';
import { isObject } from '../json';
import { err, ok, type Result } from '../result';
import { invalidShape, objectWithId, requestJson, segment, type JsonCall } from './request-json';
import type { Endpoint } from './types';

/** What every call takes besides its own arguments. */
export interface CallOptions {
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

/** A Response object as the server sent it (`id` checked, the rest as on the wire). */
export type ResponseObject = JsonObject & { id: string } & Partial<
    Pick<WireResponse, 'status' | 'background'>
  >;

/** One page of a cursor-paginated list (input items, conversation items). */
export interface ItemPage {
  data: JsonObject[];
  firstId?: string;
  lastId?: string;
  hasMore: boolean;
}

export interface PageQuery {
  /** Cursor: the item id after which to list. */
  after?: string;
  /** 1–100; the API's default is 20. */
  limit?: number;
  /** The API's default is `desc` (newest first). */
  order?: 'asc' | 'desc';
}

function call(endpoint: Endpoint, opts: CallOptions, rest: Omit<JsonCall, 'endpoint' | 'signal' | 'fetch'>) {
  return requestJson({ endpoint, ...rest, ...opts });
}

function asResponse(result: Result<unknown, RunError>): Result<ResponseObject, RunError> {
  return result.ok ? objectWithId(result.value, 'a response') : result;
}

/** `GET /v1/responses/{id}`: the stored response (also while a background one runs). */
export async function retrieveResponse(
  endpoint: Endpoint,
  id: string,
  opts: CallOptions = {},
): Promise<Result<ResponseObject, RunError>> {
  return asResponse(await call(endpoint, opts, { method: 'GET', path: `/responses/${segment(id)}` }));
}

/** `POST /v1/responses/{id}/cancel`: stops a background response; answers it (status `cancelled`). */
export async function cancelResponse(
  endpoint: Endpoint,
  id: string,
  opts: CallOptions = {},
): Promise<Result<ResponseObject, RunError>> {
  return asResponse(await call(endpoint, opts, { method: 'POST', path: `/responses/${segment(id)}/cancel` }));
}

/** `DELETE /v1/responses/{id}`. OpenAI answers `{id, object, deleted: true}`; any 2xx counts. */
export async function deleteResponse(
  endpoint: Endpoint,
  id: string,
  opts: CallOptions = {},
): Promise<Result<{ deleted: boolean }, RunError>> {
  const result = await call(endpoint, opts, { method: 'DELETE', path: `/responses/${segment(id)}` });
  if (!result.ok) return result;
  return ok({ deleted: !isObject(result.value) || result.value.deleted !== false });
}

/** Reads a `{object: "list", data, first_id, last_id, has_more}` page. */
export function readPage(json: unknown): Result<ItemPage, RunError> {
  const list = json as Partial<ResponseItemList> | undefined;
  if (!isObject(list) || !Array.isArray(list.data))
    return err(invalidShape(json, 'The answer is not a list (no "data" array).'));
  const page: ItemPage = { data: (list.data as unknown[]).filter(isObject), hasMore: list.has_more === true };
  if (typeof list.first_id === 'string') page.firstId = list.first_id;
  if (typeof list.last_id === 'string') page.lastId = list.last_id;
  return ok(page);
}

/** `GET /v1/responses/{id}/input_items`: one page of the items the response was given. */
export async function listInputItems(
  endpoint: Endpoint,
  id: string,
  query: PageQuery = {},
  opts: CallOptions = {},
): Promise<Result<ItemPage, RunError>> {
  const result = await call(endpoint, opts, {
    method: 'GET',
    path: `/responses/${segment(id)}/input_items`,
    query: { after: query.after, limit: query.limit, order: query.order },
  });
  return result.ok ? readPage(result.value) : result;
}

/**
 * `POST /v1/responses/input_tokens` with a request body (the editor's text is sent as is; the API
 * ignores `stream` and other create-only fields… or refuses them, which is then the error shown).
 */
export async function countInputTokens(
  endpoint: Endpoint,
  body: string | Record<string, unknown>,
  opts: CallOptions = {},
): Promise<Result<number, RunError>> {
  const result = await call(endpoint, opts, { method: 'POST', path: '/responses/input_tokens', body });
  if (!result.ok) return result;
  const count = (result.value as Partial<InputTokenCountResponse> | undefined)?.input_tokens;
  if (typeof count === 'number' && Number.isFinite(count) && count >= 0) return ok(count);
  return err(invalidShape(result.value, 'The answer has no "input_tokens" count.'));
}

/** A compacted conversation: the user messages followed by one `compaction` item. */
export type Compacted = JsonObject & { id: string; output: JsonObject[] } & Partial<
    Pick<CompactedResponse, 'usage' | 'created_at'>
  >;

/** `POST /v1/responses/compact` (`model`, and `input` and/or `previous_response_id`). */
export async function compactConversation(
  endpoint: Endpoint,
  body: Record<string, unknown>,
  opts: CallOptions = {},
): Promise<Result<Compacted, RunError>> {
  const result = await call(endpoint, opts, { method: 'POST', path: '/responses/compact', body });
  if (!result.ok) return result;
  const value = result.value;
  if (isObject(value) && typeof value.id === 'string' && Array.isArray(value.output)) {
    return ok({ ...value, id: value.id, output: value.output.filter(isObject) });
  }
  return err(invalidShape(value, 'The answer is not a compacted response (no "output" list).'));
}
