/**
 * Writes history changes to storage without ever losing the in-memory copy. Changes are coalesced
 * per entry and written shortly after they happen; when a write fails — a full quota above all —
 * the changes stay queued, the failure is reported, and they are written again on the next change,
 * after a delete frees space, or on `retry()`.
 */
import type { HistoryBody, HistoryEntry } from './types';

/** Where history lives (IndexedDB in the app, a fake in tests). Entries and bodies are stored apart. */
export interface HistoryStorage {
  /** Every stored entry, as stored (migrated by the caller). */
  loadEntries(): Promise<unknown[]>;
  /** The stored entries with these ids (for syncing with other tabs). */
  loadEntriesById(ids: readonly string[]): Promise<unknown[]>;
  loadBody(id: string): Promise<unknown>;
  /** Writes entries (and bodies, when given) in one atomic step. */
  put(records: readonly PendingPut[]): Promise<void>;
  delete(ids: readonly string[]): Promise<void>;
  clear(): Promise<void>;
}

export interface PendingPut {
  entry: HistoryEntry;
  /** Only when the body changed; entries alone are rewritten on rename. */
  body?: HistoryBody;
}

export type PersistStatus =
  | { state: 'saved' }
  | { state: 'saving'; pending: number }
  /** Storage is full: `pending` changes live in this tab's memory only. */
  | { state: 'quota'; pending: number; message: string }
  /** Storage failed for another reason (IndexedDB unavailable, private mode, blocked). */
  | { state: 'error'; pending: number; message: string };

/** Whether an error means "out of storage space" (the DOMException name differs across engines and wrappers). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; code?: unknown; message?: unknown };
  return (
    e.name === 'QuotaExceededError' ||
    e.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    e.code === 22 ||
    (typeof e.message === 'string' && /quota/i.test(e.message))
  );
}

export interface PersisterOptions {
  onStatus?: (status: PersistStatus) => void;
  /** After a successful write: what changed, for telling other tabs. */
  onWritten?: (change: { put: string[]; deleted: string[]; cleared: boolean }) => void;
  /** Coalescing delay before a write. */
  delayMs?: number;
}

export class HistoryPersister {
  private readonly puts = new Map<string, PendingPut>();
  private readonly deletes = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private status: PersistStatus = { state: 'saved' };

  constructor(
    private readonly storage: HistoryStorage,
    private readonly options: PersisterOptions = {},
  ) {}

  /** Queues an entry (and its body, when it changed) for writing. */
  put(entry: HistoryEntry, body?: HistoryBody): void {
    this.deletes.delete(entry.id);
    const queued = this.puts.get(entry.id);
    // A rename after a body change must not drop the unwritten body.
    this.puts.set(entry.id, { entry, body: body ?? queued?.body });
    this.schedule();
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) {
      this.puts.delete(id);
      this.deletes.add(id);
    }
    this.schedule();
  }

  /** Forgets everything queued and empties storage. */
  async clear(): Promise<void> {
    this.puts.clear();
    this.deletes.clear();
    await this.running;
    try {
      await this.storage.clear();
      this.options.onWritten?.({ put: [], deleted: [], cleared: true });
      this.report({ state: 'saved' });
    } catch (error) {
      this.fail(error);
    }
  }

  /** A body queued but not yet written (so lazy loads see it before storage does). */
  pendingBody(id: string): HistoryBody | undefined {
    return this.puts.get(id)?.body;
  }

  isPending(id: string): boolean {
    return this.puts.has(id) || this.deletes.has(id);
  }

  getStatus(): PersistStatus {
    return this.status;
  }

  /** Writes everything queued now; resolves when storage holds it or the attempt failed. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.running) await this.running;
    if (this.puts.size === 0 && this.deletes.size === 0) return;
    this.running = this.write().finally(() => (this.running = undefined));
    await this.running;
  }

  retry(): Promise<void> {
    return this.flush();
  }

  private schedule(): void {
    if (this.status.state === 'saved' || this.status.state === 'saving') {
      this.report({ state: 'saving', pending: this.pendingCount() });
    }
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs ?? 30);
  }

  private pendingCount(): number {
    return this.puts.size + this.deletes.size;
  }

  private async write(): Promise<void> {
    const deleted = [...this.deletes];
    const batch = [...this.puts.values()];
    const written: string[] = [];
    let failure: unknown;
    // Deletes first and on their own: they free space even when the puts cannot fit.
    if (deleted.length > 0) {
      try {
        await this.storage.delete(deleted);
        for (const id of deleted) this.deletes.delete(id);
      } catch (error) {
        failure = error;
      }
    }
    if (batch.length > 0) {
      try {
        await this.storage.put(batch);
        written.push(...this.settle(batch));
      } catch (error) {
        if (!isQuotaError(error) || batch.length === 1) failure ??= error;
        // Out of space for the batch: save what fits one by one, keep the rest queued.
        else
          for (const put of batch) {
            try {
              await this.storage.put([put]);
              written.push(...this.settle([put]));
            } catch (single) {
              failure ??= single;
            }
          }
      }
    }
    const stillDeleting = deleted.filter((id) => this.deletes.has(id));
    if (written.length > 0 || stillDeleting.length < deleted.length) {
      this.options.onWritten?.({
        put: written,
        deleted: deleted.filter((id) => !this.deletes.has(id)),
        cleared: false,
      });
    }
    if (failure !== undefined) return this.fail(failure);
    if (this.pendingCount() === 0) return this.report({ state: 'saved' });
    // Changed again while being written: write the newer copy too.
    this.report({ state: 'saving', pending: this.pendingCount() });
    this.timer ??= setTimeout(() => void this.flush(), this.options.delayMs ?? 30);
  }

  /** Drops written puts from the queue unless they changed again while being written. */
  private settle(written: readonly PendingPut[]): string[] {
    const ids: string[] = [];
    for (const put of written) {
      if (this.puts.get(put.entry.id) === put) this.puts.delete(put.entry.id);
      ids.push(put.entry.id);
    }
    return ids;
  }

  private fail(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.report({ state: isQuotaError(error) ? 'quota' : 'error', pending: this.pendingCount(), message });
  }

  private report(status: PersistStatus): void {
    this.status = status;
    this.options.onStatus?.(status);
  }
}
