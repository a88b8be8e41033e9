/**
 * The in-browser demo's response store. A Service Worker is stopped after some idle seconds and its
 * memory goes with it; without this, a follow-up sent after reading an answer for a while (tool
 * outputs, `previous_response_id`) would find nothing. Responses are kept in memory as on the server
 * (same class, same limit) and written through to a backend (IndexedDB) once they are finished.
 */
import { ResponseStore, type StoredResponse } from '../../server/demo';
import { DEMO_LIMITS } from '../../server/demo/limits';

/** One stored response; `seq` keeps the insertion order (the oldest is dropped first). */
export interface StoredRecord {
  id: string;
  seq: number;
  entry: StoredResponse;
}

/** Where records outlive the worker. */
export interface StoreBackend {
  loadAll(): Promise<StoredRecord[]>;
  write(puts: readonly StoredRecord[], deletes: readonly string[]): Promise<void>;
}

export class PersistentResponseStore extends ResponseStore {
  private seq = 0;
  /** Put since the last flush, with their insertion order. */
  private readonly dirty = new Map<string, number>();
  /** Ids the backend holds. */
  private readonly saved = new Set<string>();
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly backend: StoreBackend,
    limit: number = DEMO_LIMITS.maxStored,
    maxBytes: number = DEMO_LIMITS.maxStoredBytes,
  ) {
    super(limit, maxBytes);
  }

  /** Reads what an earlier run of the worker kept (oldest first, so the limit drops the right ones). */
  async load(): Promise<void> {
    const records = await this.backend.loadAll();
    records.sort((a, b) => a.seq - b.seq);
    for (const record of records) {
      // Its size counts against the byte limit, as it did when it was answered.
      super.put(record.entry, JSON.stringify(record.entry).length);
      this.saved.add(record.id);
      this.seq = Math.max(this.seq, record.seq);
    }
  }

  override put(entry: StoredResponse, bytes = 0): void {
    super.put(entry, bytes);
    this.dirty.set(entry.response.id, ++this.seq);
  }

  override delete(id: string): boolean {
    this.dirty.delete(id);
    return super.delete(id);
  }

  /**
   * Writes what changed: responses put since the last flush that are no longer streaming (a
   * streaming one is written by the flush after its stream ends), and removes what was deleted or
   * dropped by the limit. Flushes run one after another; a failing backend loses nothing in memory.
   */
  flush(): Promise<void> {
    this.writing = this.writing.then(() => this.writeChanges()).catch(() => undefined);
    return this.writing;
  }

  private async writeChanges(): Promise<void> {
    const puts: StoredRecord[] = [];
    for (const [id, seq] of this.dirty) {
      const entry = this.get(id);
      if (!entry) this.dirty.delete(id);
      else if (entry.response.status !== 'in_progress') puts.push({ id, seq, entry });
    }
    const deletes = [...this.saved].filter((id) => !this.get(id));
    if (puts.length === 0 && deletes.length === 0) return;
    await this.backend.write(puts, deletes);
    for (const { id, seq } of puts) {
      this.saved.add(id);
      // Put again while we were writing: keep it dirty for the next flush.
      if (this.dirty.get(id) === seq) this.dirty.delete(id);
    }
    for (const id of deletes) this.saved.delete(id);
  }
}
