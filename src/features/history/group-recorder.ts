/**
 * Records runs that are not the main Output's: each column of a comparison is an entry of one
 * group. Same rules as the main recorder (no key, echoed secrets redacted, a checkpoint every few
 * seconds), but it never moves the selection, so the main thread and Output stay as they are.
 */
import {
  bodyInput,
  endpointSecrets,
  HISTORY_VERSION,
  redactView,
  startEntry,
  updateEntry,
  type EntryGroup,
  type HistoryBody,
  type HistoryEntry,
} from '../../core/history';
import type { Endpoint } from '../../core/api/types';
import { maskUrlSecrets } from '../../core/api/url-secrets';
import { parseRequestText } from '../../core/request/parse-request';
import type { ResponseView } from '../../core/response/types';
import { isLive } from '../../core/response/selectors';
import { newEntryId } from './history-recorder';
import { saveEntry } from './history-runtime';

const CHECKPOINT_MS = 2000;
/** Entries of group runs still arriving in this tab: the list must not call them interrupted. */
const liveEntries = new Set<string>();

export interface GroupRecording {
  /** The entry's id. */
  id: string;
  /** What arrived so far; saved at most every few seconds. */
  update: (view: ResponseView) => void;
  /** The run ended: the final view, and what the group learnt (event types). */
  finish: (view: ResponseView, group?: Partial<EntryGroup>) => void;
}

/** True while a group run of this tab is still recording this entry. */
export function isGroupEntryLive(id: string): boolean {
  return liveEntries.has(id);
}

/** Starts recording one run of a group: the entry exists (status `connecting`) from now on. */
export function recordGroupRun(run: { endpoint: Endpoint; body: string; group: EntryGroup }): GroupRecording {
  const parsed = parseRequestText(run.body);
  const value = parsed.ok ? parsed.value : undefined;
  const id = newEntryId();
  const turnInput = bodyInput(value);
  let entry: HistoryEntry = {
    ...startEntry({
      id,
      at: Date.now(),
      baseUrl: maskUrlSecrets(run.endpoint.baseUrl),
      body: value,
      turnInput,
      mode: 'chain',
      kind: 'request',
    }),
    group: run.group,
  };
  const body: HistoryBody = { v: HISTORY_VERSION, id, requestText: run.body, turnInput };
  const secrets = endpointSecrets(run.endpoint);
  let checkpointAt = performance.now();
  let finished = false;
  liveEntries.add(id);
  saveEntry(entry, body);

  const save = (view: ResponseView) => {
    const safe = redactView(view, secrets);
    entry = updateEntry(entry, safe, value, Date.now());
    saveEntry(entry, { ...body, view: safe });
  };
  return {
    id,
    update: (view) => {
      if (finished || !isLive(view.status)) return;
      const now = performance.now();
      if (now - checkpointAt < CHECKPOINT_MS) return;
      checkpointAt = now;
      save(view);
    },
    finish: (view, group) => {
      if (finished) return;
      finished = true;
      liveEntries.delete(id);
      if (group) entry = { ...entry, group: { ...run.group, ...group } };
      save(view);
    },
  };
}
