/**
 * Opening a response by its id: `GET /v1/responses/{id}` and its input items (through the query
 * cache), recorded in History as an `opened` entry, so it shows in Output and can be the parent of a
 * follow-up. A background response still running is followed live.
 */
import type { QueryClient } from '@tanstack/react-query';
import { isUnsupported } from '../../core/api/request-json';
import type { Endpoint } from '../../core/api/types';
import { maskUrlSecrets } from '../../core/api/url-secrets';
import {
  endpointSecrets,
  HISTORY_VERSION,
  inputPreview,
  redactView,
  updateEntry,
  type HistoryEntry,
} from '../../core/history';
import { viewOfResponse } from '../../core/response/reduce';
import { isLive } from '../../core/response/selectors';
import type { JsonObject } from '../../core/response/types';
import { i18n } from '../../i18n';
import { useRunStore } from '../../state/run';
import { keyScope } from '../../core/endpoints';
import { addEntry, finishEntry, markServerState, useHistoryStore } from '../history';
import { activeEndpoint, inputItemsQuery, responseQuery } from './queries';

/** Input items as the next turn could send them again: without the server's ids and statuses. */
function asTurnInput(items: readonly JsonObject[]): JsonObject[] {
  return items.map(({ id: _id, status: _status, ...rest }) => rest);
}

function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `h_${Date.now().toString(36)}${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Opens `rawId`; resolves with why it could not, or undefined when it is shown. */
export async function openResponse(client: QueryClient, rawId: string): Promise<string | undefined> {
  const id = rawId.trim();
  const t = i18n.t.bind(i18n);
  if (!id) return t('responsesApi:open.empty');
  if (isLive(useRunStore.getState().view.status)) return t('responsesApi:open.busy');
  const endpoint = activeEndpoint();
  // Always ask the server again: Open means "what is it now".
  const got = await client.fetchQuery({ ...responseQuery(endpoint, id), staleTime: 0 });
  if (!got.ok) {
    const { error } = got;
    if (isUnsupported(error)) return t('responsesApi:open.unsupported', { message: error.message });
    if (error.status === 404) {
      markGone(id, endpoint.baseUrl);
      return t('responsesApi:open.notFound', { id });
    }
    return t('responsesApi:open.failed', { id, message: error.message });
  }
  const items = await client.fetchQuery(inputItemsQuery(endpoint, got.value.id));
  const turnInput = items.ok ? asTurnInput(items.value.data) : [];
  const now = Date.now();
  // A server that echoes the key must not put it in history (as for every recorded response).
  const view = redactView(viewOfResponse(got.value, now), endpointSecrets(endpoint));
  const entryId = newId();
  const base: HistoryEntry = {
    v: HISTORY_VERSION,
    id: entryId,
    createdAt: now,
    updatedAt: now,
    baseUrl: maskUrlSecrets(endpoint.baseUrl),
    mode: 'chain',
    kind: 'opened',
    status: view.status,
    inputPreview: inputPreview(turnInput) || id,
    outputPreview: '',
    callCount: 0,
    timings: {},
  };
  const entry = updateEntry(base, view, undefined, now);
  const live = isLive(view.status);
  addEntry(entry, { v: HISTORY_VERSION, id: entryId, requestText: '', turnInput, ...(live ? {} : { view }) });
  if (live) followInHistory(entryId, endpoint, got.value.id);
  return undefined;
}

/** Follows a running background response in Output and records how it ended on its entry. */
function followInHistory(entryId: string, endpoint: Endpoint, responseId: string): void {
  useRunStore.getState().follow(endpoint, responseId);
  const log = useRunStore.getState().log;
  const stop = useRunStore.subscribe((state) => {
    if (state.log !== log) return stop(); // another run took over
    if (isLive(state.view.status)) return;
    stop();
    const entry = useHistoryStore.getState().entries[entryId];
    if (entry) void finishEntry(updateEntry(entry, state.view, undefined, Date.now()), state.view);
  });
}

/** History entries of this response on this base URL learn that the server no longer has it. */
function markGone(responseId: string, baseUrl: string): void {
  for (const entry of Object.values(useHistoryStore.getState().entries)) {
    if (entry.responseId === responseId && keyScope(entry.baseUrl) === keyScope(baseUrl))
      markServerState(entry.id, 'gone');
  }
}
