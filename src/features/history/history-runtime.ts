/**
 * Where the history store meets storage: the persister (IndexedDB, quota handling), lazy bodies,
 * and other tabs. Each entry is its own record and every write is announced on a BroadcastChannel,
 * so tabs merge each other's changes by id instead of overwriting them.
 */
import {
  createIdbStorage,
  HistoryPersister,
  migrateBody,
  migrateEntry,
  type HistoryBody,
  type HistoryEntry,
  type HistoryStorage,
} from '../../core/history';
import {
  cacheBody,
  cachedBody,
  dropEntries,
  forgetBodies,
  setEntries,
  useHistoryStore,
} from './history-store';

interface SyncMessage {
  from: string;
  put: string[];
  deleted: string[];
  cleared: boolean;
}

const CHANNEL = 'responses-playground-history';
const tabId = Math.random().toString(36).slice(2);

let storage: HistoryStorage | undefined;
let persister: HistoryPersister | undefined;
let channel: BroadcastChannel | undefined;

/**
 * Starts persistence once: reads the stored entries into the store and listens to other tabs.
 * Without IndexedDB (some private modes) history still works, for this tab only, and says so.
 */
export function initHistory(custom?: HistoryStorage): Promise<void> {
  if (persister) return Promise.resolve();
  if (!custom && typeof indexedDB === 'undefined') {
    useHistoryStore.setState({
      loaded: true,
      persist: { state: 'error', pending: 0, message: 'IndexedDB is not available in this browser' },
    });
    return Promise.resolve();
  }
  storage = custom ?? createIdbStorage();
  persister = new HistoryPersister(storage, {
    onStatus: (persist) => useHistoryStore.setState({ persist }),
    onWritten: (change) => channel?.postMessage({ from: tabId, ...change } satisfies SyncMessage),
  });
  if (typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent<SyncMessage>) => void onSync(event.data);
  }
  return load();
}

async function load(): Promise<void> {
  try {
    const raw = await storage!.loadEntries();
    const stored = raw.map(migrateEntry).filter((e): e is HistoryEntry => e !== undefined);
    // Entries recorded while loading are newer than their stored copies: memory wins.
    const current = useHistoryStore.getState().entries;
    setEntries(stored.filter((e) => !(e.id in current)));
    useHistoryStore.setState({ loaded: true });
  } catch (error) {
    useHistoryStore.setState({
      loaded: true,
      persist: {
        state: 'error',
        pending: 0,
        message: error instanceof Error ? error.message : String(error),
      },
    });
  }
}

async function onSync(message: SyncMessage): Promise<void> {
  if (!storage || message.from === tabId) return;
  if (message.cleared) {
    forgetBodies();
    useHistoryStore.setState({ entries: {}, selectedId: undefined, shownId: undefined });
    return;
  }
  dropEntries(message.deleted.filter((id) => !persister?.isPending(id)));
  forgetBodies([...message.put, ...message.deleted]);
  const raw = await storage.loadEntriesById(message.put);
  const fresh = raw.map(migrateEntry).filter((e): e is HistoryEntry => e !== undefined);
  // A change this tab has not written yet is newer than the other tab's copy.
  setEntries(fresh.filter((e) => !persister?.isPending(e.id)));
}

/** Records an entry (and its body, when it changed) in memory and storage. */
export function saveEntry(entry: HistoryEntry, body?: HistoryBody): void {
  setEntries([entry]);
  if (body) cacheBody(body);
  persister?.put(entry, body);
}

/** Records many entries at once (an import): one store update, one coalesced write. */
export function saveRecords(records: readonly { entry: HistoryEntry; body?: HistoryBody }[]): void {
  setEntries(records.map((r) => r.entry));
  // A replaced entry's old body may be cached: the imported one comes from the write queue instead.
  forgetBodies(records.map((r) => r.entry.id));
  for (const { entry, body } of records) persister?.put(entry, body);
}

/** Removes entries from memory and storage. */
export function deleteEntries(ids: readonly string[]): void {
  dropEntries(ids);
  forgetBodies(ids);
  persister?.remove(ids);
}

export async function clearAll(): Promise<void> {
  useHistoryStore.setState({ entries: {}, selectedId: undefined, shownId: undefined });
  forgetBodies();
  await persister?.clear();
}

/** An entry's body: from memory, the write queue, or storage. */
export async function loadBody(id: string): Promise<HistoryBody | undefined> {
  const known = cachedBody(id) ?? persister?.pendingBody(id);
  if (known) return known;
  if (!storage) return undefined;
  try {
    const body = migrateBody(await storage.loadBody(id));
    if (body) cacheBody(body);
    return body;
  } catch {
    return undefined;
  }
}

/** Tries the writes that failed (after a full quota, once the user freed space). */
export function retrySaving(): Promise<void> {
  return persister?.retry() ?? Promise.resolve();
}

/** Waits until every queued change is written (or failed). */
export function flushHistory(): Promise<void> {
  return persister?.flush() ?? Promise.resolve();
}
