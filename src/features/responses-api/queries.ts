/**
 * Reads of the rest of the Responses API through TanStack Query, keyed by base URL (as the model list
 * is; never by key): a response by id, its input items, a conversation's items. Query functions
 * resolve with the core's Result, so an expected failure (404, unsupported route) is data, not a throw.
 */
import { queryOptions } from '@tanstack/react-query';
import { listConversationItems } from '../../core/api/conversations';
import { listInputItems, retrieveResponse } from '../../core/api/responses-api';
import type { Endpoint } from '../../core/api/types';
import { keyScope } from '../../core/endpoints';
import { selectEndpoint, useConnectionStore } from '../../state/connection';

/** The active endpoint, read when a query runs (the key stays in memory, out of the cache key). */
export function activeEndpoint(): Endpoint {
  return selectEndpoint(useConnectionStore.getState());
}

/** Where a query's answer comes from: the base URL as the key scope plus the route. */
function scope(endpoint: Endpoint): [string, boolean] {
  return [keyScope(endpoint.baseUrl), Boolean(endpoint.proxy)];
}

/** `GET /v1/responses/{id}`. */
export function responseQuery(endpoint: Endpoint, id: string) {
  return queryOptions({
    queryKey: ['responses', ...scope(endpoint), id],
    queryFn: ({ signal }) => retrieveResponse(endpoint, id, { signal }),
    staleTime: 30_000,
    retry: false,
  });
}

/** `GET /v1/responses/{id}/input_items`, oldest first (one page of up to 100). */
export function inputItemsQuery(endpoint: Endpoint, id: string) {
  return queryOptions({
    queryKey: ['responses', ...scope(endpoint), id, 'input_items'],
    queryFn: ({ signal }) => listInputItems(endpoint, id, { order: 'asc', limit: 100 }, { signal }),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** `GET /v1/conversations/{id}/items`, oldest first (one page of up to 100). */
export function conversationItemsQuery(endpoint: Endpoint, id: string) {
  return queryOptions({
    queryKey: ['conversations', ...scope(endpoint), id, 'items'],
    queryFn: ({ signal }) => listConversationItems(endpoint, id, { order: 'asc', limit: 100 }, { signal }),
    staleTime: 10_000,
    retry: false,
  });
}
