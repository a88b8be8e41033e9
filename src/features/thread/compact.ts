/**
 * Compacting a long thread: `POST /v1/responses/compact` with the thread (its last response id, or
 * the whole thread replayed from this browser's history), recorded as a `compaction` entry under it.
 * That entry is selected, so the next follow-up continues from the compacted items.
 */
import { isUnsupported } from '../../core/api/request-json';
import { compactConversation } from '../../core/api/responses-api';
import { maskUrlSecrets } from '../../core/api/url-secrets';
import { buildReplayInput, HISTORY_VERSION, updateEntry, type HistoryEntry } from '../../core/history';
import { viewOfResponse } from '../../core/response/reduce';
import { i18n } from '../../i18n';
import { addEntry } from '../history';
import { replayChain } from './replay-chain';
import { currentEndpoint, currentSettings } from './send-turn';

/** Compacts the thread ending at `entry`; resolves with a sentence for the user. */
export async function compactThread(entry: HistoryEntry): Promise<{ ok: boolean; message: string }> {
  const t = i18n.t.bind(i18n);
  const endpoint = currentEndpoint();
  if (!endpoint.ok)
    return { ok: false, message: t('responsesApi:compact.failed', { message: endpoint.error }) };
  const settings = currentSettings();
  const model = settings.ok && typeof settings.value.model === 'string' ? settings.value.model : entry.model;
  const body: Record<string, unknown> = { model };
  // The server holds a chained thread; anything else is sent as this browser recorded it.
  if (entry.mode === 'chain' && entry.responseId && entry.kind !== 'compaction') {
    body.previous_response_id = entry.responseId;
  } else {
    const chain = await replayChain(entry.id);
    if (!chain.ok) return { ok: false, message: t('responsesApi:compact.failed', { message: chain.error }) };
    body.input = buildReplayInput(chain.value, []).input;
  }
  const result = await compactConversation(endpoint.value, body);
  if (!result.ok) {
    const { message } = result.error;
    const path = 'POST /v1/responses/compact';
    return {
      ok: false,
      message: isUnsupported(result.error)
        ? t('responsesApi:compact.unsupported', { path, message })
        : t('responsesApi:compact.failed', { message }),
    };
  }
  const now = Date.now();
  const compacted = result.value;
  // Shown like a response whose output is the compacted items; it has no response id to chain from.
  const view = { ...viewOfResponse({ ...compacted, status: 'completed' }, now), responseId: undefined };
  const id = `h_${now.toString(36)}${Math.random().toString(16).slice(2, 10)}`;
  const count = compacted.output.length;
  const base: HistoryEntry = {
    v: HISTORY_VERSION,
    id,
    createdAt: now,
    updatedAt: now,
    parentId: entry.id,
    baseUrl: maskUrlSecrets(endpoint.value.baseUrl),
    mode: entry.mode,
    kind: 'compaction',
    status: 'completed',
    inputPreview: t('responsesApi:compact.preview', { count }),
    outputPreview: '',
    callCount: 0,
    timings: {},
  };
  const recorded = { ...updateEntry(base, view, undefined, now), outputPreview: compacted.id };
  addEntry(recorded, {
    v: HISTORY_VERSION,
    id,
    requestText: JSON.stringify(body, null, 2),
    turnInput: compacted.output,
    view,
  });
  return { ok: true, message: t('responsesApi:compact.done', { count }) };
}
