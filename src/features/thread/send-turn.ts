/**
 * Sending round-trip turns (tool outputs, follow-ups, replay resends): the current request's
 * settings with `input` replaced, chained by `previous_response_id`, replayed in full, or sent in a
 * server-side conversation, to the current base URL with its own key.
 */
import {
  answeredAncestor,
  buildIndex,
  buildTurnBody,
  toolCalls,
  toolOutputItems,
  type ChainMode,
  type EntryKind,
  type HistoryEntry,
  type ReplayTurn,
} from '../../core/history';
import type { Endpoint } from '../../core/api/types';
import { endpointUrlChecked } from '../../core/api/endpoint-url';
import { parseRequestText } from '../../core/request/parse-request';
import type { JsonObject, ResponseView } from '../../core/response/types';
import { err, ok, type Result } from '../../core/result';
import { keyScope, selectEndpoint, useConnectionStore } from '../../state/connection';
import { useHistoryStore } from '../history';
import { useRunStore } from '../../state/run';
import { useWorkspaceStore } from '../../state/workspace';
import { i18n, saidText } from '../../i18n';
import { conversationFor } from './conversation-turn';
import { replayChain } from './replay-chain';
import { currentChainMode, dropsStore } from './thread-store';

/** The active endpoint (key, headers, local proxy), exactly as the editor's Send uses it. */
export function currentEndpoint(): Result<Endpoint, string> {
  const connection = useConnectionStore.getState();
  const url = endpointUrlChecked(connection.baseUrl, '/responses');
  if (!url.ok) return err(saidText(url.error));
  return ok(selectEndpoint(connection));
}

/** The editor's request, whose settings (model, tools, instructions, stream …) every turn keeps. */
export function currentSettings(): Result<JsonObject, string> {
  const parsed = parseRequestText(useWorkspaceStore.getState().requestText);
  if (parsed.ok) return parsed;
  const { line, column, message } = parsed.error;
  return err(i18n.t('thread:send.invalidRequest', { line, column, message }));
}

export interface TurnRequest {
  kind: EntryKind;
  /** The items this turn adds. */
  turnInput: JsonObject[];
  /** A follow-up message, sent as a plain string `input` in chain mode. */
  inputText?: string;
  /** The history entry this turn continues. */
  parentId?: string;
  /** The response to continue when it has no history entry (chain mode only). */
  previousResponseId?: string;
  /** Settings to use instead of the editor's (a replay resend keeps the failed turn's own). */
  settings?: JsonObject;
  /** Mode to use instead of the one remembered for the base URL. */
  mode?: ChainMode;
  dropStore?: boolean;
}

/** Builds and sends one turn; resolves with why it was not sent, or undefined when it was. */
export async function sendTurn(turn: TurnRequest): Promise<string | undefined> {
  const endpoint = currentEndpoint();
  const t = i18n.t.bind(i18n);
  if (!endpoint.ok) return t('thread:send.notSent', { reason: endpoint.error });
  const settings = turn.settings ? ok(turn.settings) : currentSettings();
  if (!settings.ok) return t('thread:send.notSent', { reason: settings.error });
  const parent = turn.parentId ? useHistoryStore.getState().entries[turn.parentId] : undefined;
  // A compacted thread has no response to chain from: the next turn sends its items (a replay).
  const chosen = turn.mode ?? currentChainMode();
  const mode = parent?.kind === 'compaction' && chosen === 'chain' ? 'replay' : chosen;
  let replay: { chain: ReplayTurn[]; dropStore?: boolean } | undefined;
  let previousResponseId: string | undefined;
  let conversation: string | undefined;
  if (mode === 'replay') {
    const chain = await replayChain(parent?.id);
    if (!chain.ok) return t('thread:send.replayFailed', { reason: chain.error });
    replay = { chain: chain.value, dropStore: turn.dropStore ?? dropsStore(endpoint.value.baseUrl) };
  } else if (mode === 'conversation') {
    const found = await conversationFor(endpoint.value, parent);
    if (!found.ok) return found.error;
    conversation = found.value;
  } else {
    previousResponseId = parent ? parent.responseId : turn.previousResponseId;
    if ((parent || turn.previousResponseId) && !previousResponseId) {
      return t('thread:send.noId');
    }
  }
  const { body } = buildTurnBody({
    settings: settings.value,
    turnInput: turn.turnInput,
    inputText: turn.inputText,
    previousResponseId,
    replay,
    conversation,
  });
  const text = JSON.stringify(body, null, 2);
  useRunStore.getState().send({
    endpoint: endpoint.value,
    body: text,
    meta: { kind: turn.kind, mode, parentId: parent?.id, turnInput: turn.turnInput },
  });
  return undefined;
}

/** The entry a follow-up continues: the selected one (or the newest), else its nearest answered ancestor. */
export function followUpParent(
  entries: Record<string, HistoryEntry>,
  selectedId: string | undefined,
): string | undefined {
  const all = Object.values(entries);
  let start = selectedId;
  if (start === undefined) {
    for (const e of all) if (start === undefined || e.createdAt >= entries[start]!.createdAt) start = e.id;
  }
  return answeredAncestor(buildIndex(all), start)?.id;
}

/** Whether `baseUrl` is the one the connection uses now (keys and modes are per base URL). */
export function isCurrentBaseUrl(baseUrl: string): boolean {
  return keyScope(baseUrl) === keyScope(useConnectionStore.getState().baseUrl);
}

/** The history entry of a shown response: the one on screen, else the one with its response id. */
export function entryForView(view: ResponseView): string | undefined {
  const { entries, shownId } = useHistoryStore.getState();
  const shown = shownId ? entries[shownId] : undefined;
  if (shown && (!view.responseId || shown.responseId === view.responseId)) return shown.id;
  if (!view.responseId) return undefined;
  return Object.values(entries).find((e) => e.responseId === view.responseId)?.id;
}

/** Answers every call of `view` at once: one output item per call, continuing that response. */
export function sendToolOutputs(
  view: ResponseView,
  outputs: Record<string, string>,
  kind: 'tool-outputs' | 'auto-answer' = 'tool-outputs',
): Promise<string | undefined> {
  return sendTurn({
    kind,
    turnInput: toolOutputItems(toolCalls(view), outputs),
    parentId: entryForView(view),
    previousResponseId: view.responseId,
  });
}
