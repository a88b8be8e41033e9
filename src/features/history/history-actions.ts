/** What the user does with the history: select, rename, delete, clear, export and import. */
import {
  buildIndex,
  makeExportFile,
  parseExportFile,
  recordsToImport,
  subtreeIds,
  type HistoryRecord,
} from '../../core/history';
import { i18n } from '../../i18n';
import { showView } from './history-recorder';
import { clearAll, deleteEntries, loadBody, saveEntry, saveRecords } from './history-runtime';
import { useHistoryStore } from './history-store';

export type SelectResult = 'shown' | 'busy' | 'no-body';

/**
 * Selects an entry: it becomes the parent of the next follow-up and, unless a response is still
 * arriving, its recorded response is shown in Output.
 */
export async function selectEntry(id: string): Promise<SelectResult> {
  useHistoryStore.setState({ selectedId: id });
  const body = await loadBody(id);
  // Another click may have come in while the body loaded: the last one wins.
  if (useHistoryStore.getState().selectedId !== id) return 'busy';
  if (!body?.view) return 'no-body';
  if (!showView(body.view)) return 'busy';
  useHistoryStore.setState({ shownId: id });
  return 'shown';
}

export function renameEntry(id: string, title: string): void {
  const entry = useHistoryStore.getState().entries[id];
  if (!entry) return;
  const trimmed = title.trim();
  const next = { ...entry, updatedAt: Date.now() };
  if (trimmed) next.title = trimmed;
  else delete next.title;
  saveEntry(next);
}

/** The entry and every reply below it (a reply without its parent could not be continued or replayed). */
export function branchIds(id: string): string[] {
  return subtreeIds(buildIndex(Object.values(useHistoryStore.getState().entries)), id);
}

export function deleteBranch(id: string): void {
  deleteEntries(branchIds(id));
}

export function clearHistory(): Promise<void> {
  return clearAll();
}

/** Every entry with its body, oldest first, as an export file's text. */
export async function exportHistory(): Promise<{ text: string; count: number }> {
  const entries = Object.values(useHistoryStore.getState().entries).sort((a, b) => a.createdAt - b.createdAt);
  const records: HistoryRecord[] = [];
  for (const entry of entries) {
    const body = await loadBody(entry.id);
    records.push(body ? { entry, body } : { entry });
  }
  return { text: makeExportFile(records), count: records.length };
}

/** Merges an export file into the history; returns a sentence for the user. */
export function importHistory(text: string): string {
  const parsed = parseExportFile(text);
  if (!parsed.ok) return i18n.t('history:toolbar.notImported', { error: parsed.error });
  const current = new Map(Object.entries(useHistoryStore.getState().entries));
  const fresh = recordsToImport(current, parsed.value.records);
  saveRecords(fresh);
  const same = parsed.value.records.length - fresh.length;
  const parts = [i18n.t('history:toolbar.imported', { count: fresh.length })];
  if (same > 0) parts.push(i18n.t('history:toolbar.alreadyHere', { count: same }));
  if (parsed.value.skipped > 0)
    parts.push(i18n.t('history:toolbar.skipped', { count: parsed.value.skipped }));
  return `${parts.join(i18n.language === 'zh-CN' ? '；' : '; ')}${i18n.language === 'zh-CN' ? '。' : '.'}`;
}
