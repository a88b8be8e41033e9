/**
 * Records every run of this tab as a history entry: when it starts (what was sent, where, and what
 * the sender said it is: kind, parent, chain mode), while it streams (a checkpoint every few
 * seconds, so a reload mid-answer keeps what came), and when it ends (the final response, status,
 * timings, usage).
 */
import {
  HISTORY_VERSION,
  endpointSecrets,
  redactView,
  startEntry,
  updateEntry,
  type HistoryBody,
  type HistoryEntry,
} from '../../core/history';
import { maskUrlSecrets } from '../../core/api/url-secrets';
import { parseRequestText } from '../../core/request/parse-request';
import { initialView } from '../../core/response/reduce';
import type { JsonObject, ResponseView } from '../../core/response/types';
import { useRunStore, type SentRequest } from '../../state/run';
import { saveEntry } from './history-runtime';
import { useHistoryStore } from './history-store';

interface Recording {
  runId: number;
  entry: HistoryEntry;
  body: HistoryBody;
  parsed: JsonObject | undefined;
  /** The key and credential headers of the request, replaced wherever the server echoes them. */
  secrets: string[];
  lastView?: ResponseView;
  checkpointAt: number;
}

const CHECKPOINT_MS = 2000;
const LIVE = new Set(['idle', 'connecting', 'queued', 'streaming']);
const finishListeners = new Set<(entry: HistoryEntry, view: ResponseView) => void>();
const startListeners = new Set<(entry: HistoryEntry) => void>();

let recording: Recording | undefined;

/** Called with each turn of this tab once it ended (completed, failed, cancelled …). */
export function onTurnFinished(listener: (entry: HistoryEntry, view: ResponseView) => void): () => void {
  finishListeners.add(listener);
  return () => finishListeners.delete(listener);
}

/** Called with each turn of this tab when it is sent. */
export function onTurnStarted(listener: (entry: HistoryEntry) => void): () => void {
  startListeners.add(listener);
  return () => startListeners.delete(listener);
}

/** Shows a recorded view in Output (not a run, so nothing is recorded); false while a run is live. */
export function showView(view: ResponseView): boolean {
  return useRunStore.getState().show(view);
}

/** The history entry of a response this tab knows, for a send that continues it. */
export function entryIdOfResponse(responseId: string | undefined): string | undefined {
  if (!responseId) return undefined;
  return Object.values(useHistoryStore.getState().entries).find((e) => e.responseId === responseId)?.id;
}

/** The newest entry recorded in a Conversation: a request sent in it continues that turn. */
export function newestEntryIdInConversation(conversationId: string | undefined): string | undefined {
  if (!conversationId) return undefined;
  return Object.values(useHistoryStore.getState().entries)
    .filter((e) => e.conversationId === conversationId)
    .reduce<HistoryEntry | undefined>((a, b) => (a && a.createdAt >= b.createdAt ? a : b), undefined)?.id;
}

/** Follows the run store: each new run becomes an entry, its views its progress. Returns the stop. */
export function startHistoryRecorder(): () => void {
  return useRunStore.subscribe((state, prev) => {
    if (state.runId !== prev.runId && state.runId !== undefined && state.lastRequest) {
      begin(state.runId, state.lastRequest);
    } else if (recording && state.runId !== recording.runId) {
      // Something that is not a send (a response opened by id) took over the run: this one was cut off.
      finish({ ...(recording.lastView ?? initialView()), status: 'cancelled' });
    } else if (recording && recording.runId === state.runId && state.view !== prev.view) {
      progress(state.view);
    }
  });
}

/** A new local entry id (`h_…`). */
export function newEntryId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `h_${Date.now().toString(36)}${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function begin(runId: number, request: SentRequest): void {
  // A new send aborts the run before it; that one ends here as cancelled.
  if (recording) finish({ ...(recording.lastView ?? initialView()), status: 'cancelled' });
  const result = parseRequestText(request.body);
  const parsed = result.ok ? result.value : undefined;
  const { meta } = request;

  const id = newEntryId();
  const entry = startEntry({
    id,
    at: Date.now(),
    baseUrl: maskUrlSecrets(request.endpoint.baseUrl),
    body: parsed,
    turnInput: meta.turnInput,
    mode: meta.mode,
    kind: meta.kind,
    parentId: meta.parentId,
  });
  const body: HistoryBody = { v: HISTORY_VERSION, id, requestText: request.body, turnInput: meta.turnInput };
  const secrets = endpointSecrets(request.endpoint);
  recording = { runId, entry, body, parsed, secrets, checkpointAt: performance.now() };
  saveEntry(entry, body);
  useHistoryStore.setState({ selectedId: id, shownId: id, liveId: id });
  for (const listener of startListeners) listener(entry);
}

function progress(view: ResponseView): void {
  const rec = recording!;
  const before = rec.lastView;
  rec.lastView = view;
  if (!LIVE.has(view.status)) return finish(view);
  // Save what matters for the list at once; the body (possibly megabytes) at most every few seconds.
  const now = performance.now();
  const changed = before?.status !== view.status || before?.responseId !== view.responseId;
  if (!changed && now - rec.checkpointAt < CHECKPOINT_MS) return;
  rec.checkpointAt = now;
  const safe = redactView(view, rec.secrets);
  rec.entry = updateEntry(rec.entry, safe, rec.parsed, Date.now());
  rec.body = { ...rec.body, view: safe };
  saveEntry(rec.entry, rec.body);
}

function finish(view: ResponseView): void {
  const rec = recording!;
  recording = undefined;
  const safe = redactView(view, rec.secrets);
  rec.entry = updateEntry(rec.entry, safe, rec.parsed, Date.now());
  saveEntry(rec.entry, { ...rec.body, view: safe });
  if (useHistoryStore.getState().liveId === rec.entry.id) useHistoryStore.setState({ liveId: undefined });
  for (const listener of finishListeners) listener(rec.entry, view);
}
