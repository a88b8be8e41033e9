/**
 * History in IndexedDB: one record per entry in `entries`, its body apart in `bodies` (so listing
 * 1,000 entries never reads a response body). Every entry has its own key, so two tabs writing
 * different entries never overwrite each other.
 */
import type { HistoryStorage, PendingPut } from './persister';

export const HISTORY_DB = 'responses-playground-history';
const DB_VERSION = 1;
const ENTRIES = 'entries';
const BODIES = 'bodies';

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    // A quota failure surfaces as the transaction's error (QuotaExceededError) on abort.
    tx.onabort = () => reject(tx.error ?? new DOMException('IndexedDB transaction aborted', 'AbortError'));
    tx.onerror = (event) => event.preventDefault();
  });
}

/** Opens (and on first use creates) the history database. */
export function openHistoryDb(factory: IDBFactory = indexedDB, name = HISTORY_DB): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(ENTRIES)) db.createObjectStore(ENTRIES, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(BODIES)) db.createObjectStore(BODIES, { keyPath: 'id' });
    };
    request.onsuccess = () => {
      const db = request.result;
      // Let a newer version of the app (in another tab) upgrade instead of being blocked by us.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

/** A HistoryStorage on IndexedDB; the database opens on first use. */
export function createIdbStorage(open: () => Promise<IDBDatabase> = () => openHistoryDb()): HistoryStorage {
  let db: Promise<IDBDatabase> | undefined;
  const database = () =>
    (db ??= open().catch((error: unknown) => {
      db = undefined; // try again next time (e.g. after the blocking tab closed)
      throw error;
    }));

  return {
    async loadEntries() {
      const tx = (await database()).transaction(ENTRIES, 'readonly');
      return promised(tx.objectStore(ENTRIES).getAll()) as Promise<unknown[]>;
    },
    async loadEntriesById(ids) {
      const store = (await database()).transaction(ENTRIES, 'readonly').objectStore(ENTRIES);
      const found = await Promise.all(ids.map((id) => promised(store.get(id)) as Promise<unknown>));
      return found.filter((value) => value !== undefined);
    },
    async loadBody(id) {
      const tx = (await database()).transaction(BODIES, 'readonly');
      return promised(tx.objectStore(BODIES).get(id)) as Promise<unknown>;
    },
    async put(records: readonly PendingPut[]) {
      const tx = (await database()).transaction([ENTRIES, BODIES], 'readwrite');
      const finished = done(tx);
      for (const { entry, body } of records) {
        tx.objectStore(ENTRIES).put(entry);
        if (body) tx.objectStore(BODIES).put(body);
      }
      await finished;
    },
    async delete(ids) {
      const tx = (await database()).transaction([ENTRIES, BODIES], 'readwrite');
      const finished = done(tx);
      for (const id of ids) {
        tx.objectStore(ENTRIES).delete(id);
        tx.objectStore(BODIES).delete(id);
      }
      await finished;
    },
    async clear() {
      const tx = (await database()).transaction([ENTRIES, BODIES], 'readwrite');
      const finished = done(tx);
      tx.objectStore(ENTRIES).clear();
      tx.objectStore(BODIES).clear();
      await finished;
    },
  };
}
