/**
 * Records every run of this tab as a history entry: when it starts (what was sent, where), while
 * it streams (a checkpoint every few seconds, so a reload mid-answer keeps what came), and when it
 * ends (the final response, status, timings, usage). Round-trip controls announce a turn with
 * `expectTurn` just before sending; a plain Send is recorded from its body alone.
 */
import {
  bodyInput,
  buildIndex,
  endpointSecrets,
  HISTORY_VERSION,
  redactView,
  startEntry,
  updateEntry,
  type ChainMode,
  type EntryKind,
  type HistoryBody,
  type HistoryEntry,
} from '../../core/history';
import type { Endpoint } from '../../core/api/types';
import { maskUrlSecrets } from '../../core/api/url-secrets';
import { parseRequestText } from '../../core/request/parse-request';
import { initialView } from '../../core/response/reduce';
import type { JsonObject, ResponseView } from '../../core/response/types';
import { useRunStore } from '../../state/run';
import { saveEntry } from './history-runtime';
import { useHistoryStore } from './history-store';

/** How a turn about to be sent fits in the tree. */
export interface TurnMeta {
  /** The exact body text that will be sent (to match the run it belongs to). */
  body: string;
  kind: EntryKind;
  mode: ChainMode;
  parentId?: string;
  /** The items this turn adds (without replayed earlier turns). */
  turnInput: JsonObject[];
}

interface Recording {
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

let expected: TurnMeta | undefined;
/** Metas of recent turns by body, so Retry (which resends the same body) keeps its place in the tree. */
const recentMetas = new Map<string, TurnMeta>();
let recording: Recording | undefined;
let showing = false;
let started = false;

/** Announces the next send; call right before `useRunStore.getState().send`. */
export function expectTurn(meta: TurnMeta): void {
  expected = meta;
}

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

/** Shows a recorded view in Output without it being taken for a new run. */
export function showView(view: ResponseView): boolean {
  showing = true;
  try {
    return useRunStore.getState().show(view);
  } finally {
    showing = false;
  }
}

/** Subscribes to the run store once. */
export function startHistoryRecorder(): void {
  if (started) return;
  started = true;
  useRunStore.subscribe((state, prev) => {
    // A send (or Retry) swaps in a fresh log and an empty view; nothing else does both.
    const fresh = state.log !== prev.log && state.view.status === 'idle' && state.view.eventCount === 0;
    if (fresh && !showing && state.lastRequest) begin(state.lastRequest);
    else if (recording && state.view !== prev.view && !showing) progress(state.view);
  });
}

/** A new local entry id (`h_…`). */
export function newEntryId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `h_${Date.now().toString(36)}${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function metaFor(bodyText: string, parsed: JsonObject | undefined): TurnMeta {
  const meta = expected?.body === bodyText ? expected : recentMetas.get(bodyText);
  expected = undefined;
  if (meta) return meta;
  const previous = parsed?.previous_response_id;
  const parent =
    typeof previous === 'string'
      ? buildIndex(Object.values(useHistoryStore.getState().entries)).byResponseId.get(previous)
      : undefined;
  return {
    body: bodyText,
    kind: 'request',
    mode: 'chain',
    parentId: parent?.id,
    turnInput: bodyInput(parsed),
  };
}

function begin(request: { endpoint: Endpoint; body: string }): void {
  // A new send aborts the run before it; that one ends here as cancelled.
  if (recording) finish({ ...(recording.lastView ?? initialView()), status: 'cancelled' });
  const result = parseRequestText(request.body);
  const parsed = result.ok ? result.value : undefined;
  const meta = metaFor(request.body, parsed);
  recentMetas.delete(request.body);
  recentMetas.set(request.body, meta);
  if (recentMetas.size > 20) recentMetas.delete(recentMetas.keys().next().value!);

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
  recording = { entry, body, parsed, secrets, checkpointAt: performance.now() };
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
