/**
 * History entries that did not come from a send (a response opened by id, a compacted thread), and
 * what the server says about a recorded response (deleted from here, or no longer there).
 */
import type { HistoryBody, HistoryEntry } from '../../core/history';
import type { ResponseView } from '../../core/response/types';
import { showView } from './history-recorder';
import { loadBody, saveEntry } from './history-runtime';
import { useHistoryStore } from './history-store';

/**
 * Records an entry made without a send and selects it: it becomes the parent of the next follow-up,
 * and its view is shown in Output (unless a response is still arriving).
 */
export function addEntry(entry: HistoryEntry, body: HistoryBody): void {
  saveEntry(entry, body);
  useHistoryStore.setState({ selectedId: entry.id });
  if (body.view && showView(body.view)) useHistoryStore.setState({ shownId: entry.id });
}

/** Notes what the server said about an entry's stored response (nothing when it is already noted). */
export function markServerState(id: string, state: NonNullable<HistoryEntry['serverState']>): void {
  const entry = useHistoryStore.getState().entries[id];
  if (!entry || entry.serverState === state) return;
  saveEntry({ ...entry, serverState: state, updatedAt: Date.now() });
}

/** Saves an entry made with {@link addEntry} again, with the view it ended with. */
export async function finishEntry(entry: HistoryEntry, view: ResponseView): Promise<void> {
  const body = await loadBody(entry.id);
  saveEntry(entry, body ? { ...body, view } : undefined);
}
