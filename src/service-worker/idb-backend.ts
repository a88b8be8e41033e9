/** A `StoreBackend` on IndexedDB: one database per app directory, one record per response. */
import type { StoreBackend, StoredRecord } from './persistent-store';

const STORE = 'responses';

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function open(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked'));
  });
}

/**
 * @param name the database name (the worker uses one per scope: two playgrounds on one origin under
 *   different paths keep their demo responses apart)
 */
export function idbStoreBackend(name: string, factory: IDBFactory = indexedDB): StoreBackend {
  let db: Promise<IDBDatabase> | undefined;
  const database = () => (db ??= open(factory, name));
  return {
    async loadAll() {
      const tx = (await database()).transaction(STORE, 'readonly');
      return (await promised(tx.objectStore(STORE).getAll())) as StoredRecord[];
    },
    async write(puts, deletes) {
      const tx = (await database()).transaction(STORE, 'readwrite');
      const done = new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
      });
      const store = tx.objectStore(STORE);
      for (const record of puts) store.put(record);
      for (const id of deletes) store.delete(id);
      await done;
    },
  };
}
