import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  HistoryPersister,
  isQuotaError,
  type HistoryStorage,
  type PendingPut,
  type PersistStatus,
} from './persister';
import { entry } from './testing';
import { HISTORY_VERSION, type HistoryBody } from './types';

/** An in-memory storage with a byte quota, failing the way IndexedDB does when it is full. */
class FakeStorage implements HistoryStorage {
  entries = new Map<string, unknown>();
  bodies = new Map<string, unknown>();
  writes = 0;
  constructor(public quotaBytes = Infinity) {}
  private size(): number {
    let n = 0;
    for (const v of [...this.entries.values(), ...this.bodies.values()]) n += JSON.stringify(v).length;
    return n;
  }
  loadEntries = () => Promise.resolve([...this.entries.values()]);
  loadEntriesById = (ids: readonly string[]) =>
    Promise.resolve(ids.map((id) => this.entries.get(id)).filter(Boolean));
  loadBody = (id: string) => Promise.resolve(this.bodies.get(id));
  put(records: readonly PendingPut[]): Promise<void> {
    this.writes++;
    const entries = new Map(this.entries);
    const bodies = new Map(this.bodies);
    for (const { entry, body } of records) {
      entries.set(entry.id, entry);
      if (body) bodies.set(body.id, body);
    }
    const [oldE, oldB] = [this.entries, this.bodies];
    [this.entries, this.bodies] = [entries, bodies];
    if (this.size() > this.quotaBytes) {
      // Atomic like a transaction: nothing of a failed write stays.
      [this.entries, this.bodies] = [oldE, oldB];
      return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    }
    return Promise.resolve();
  }
  delete(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      this.entries.delete(id);
      this.bodies.delete(id);
    }
    return Promise.resolve();
  }
  clear(): Promise<void> {
    this.entries.clear();
    this.bodies.clear();
    return Promise.resolve();
  }
}

const body = (id: string, size: number): HistoryBody => ({
  v: HISTORY_VERSION,
  id,
  requestText: 'x'.repeat(size),
  turnInput: [],
});

describe('history persister', () => {
  let statuses: PersistStatus[];
  let written: { put: string[]; deleted: string[]; cleared: boolean }[];
  const make = (storage: HistoryStorage) =>
    new HistoryPersister(storage, {
      onStatus: (s) => statuses.push(s),
      onWritten: (w) => written.push(w),
      delayMs: 5,
    });

  beforeEach(() => {
    statuses = [];
    written = [];
  });
  afterEach(() => vi.useRealTimers());

  it('coalesces changes per entry into one write, keeping an unwritten body on rename', async () => {
    const storage = new FakeStorage();
    const p = make(storage);
    p.put(entry('h_1'), body('h_1', 10));
    p.put({ ...entry('h_1'), title: 'Renamed' });
    p.put(entry('h_2'));
    expect(p.pendingBody('h_1')?.requestText).toHaveLength(10);
    await p.flush();
    expect(storage.writes).toBe(1);
    expect(storage.entries.get('h_1')).toMatchObject({ title: 'Renamed' });
    expect(storage.bodies.has('h_1')).toBe(true);
    expect(statuses.at(-1)).toEqual({ state: 'saved' });
    expect(written).toEqual([{ put: ['h_1', 'h_2'], deleted: [], cleared: false }]);
  });

  it('writes after a short delay without an explicit flush', async () => {
    vi.useFakeTimers();
    const storage = new FakeStorage();
    make(storage).put(entry('h_1'));
    expect(storage.entries.size).toBe(0);
    await vi.advanceTimersByTimeAsync(10);
    expect(storage.entries.size).toBe(1);
  });

  it('on a full quota keeps what did not fit, saves what fits, reports it, and retries after a delete', async () => {
    const storage = new FakeStorage(1500);
    const p = make(storage);
    p.put(entry('h_1'), body('h_1', 200));
    p.put(entry('h_2'), body('h_2', 5000)); // can never fit alone
    p.put(entry('h_3'), body('h_3', 200));
    await p.flush();
    expect([...storage.entries.keys()].sort()).toEqual(['h_1', 'h_3']);
    expect(p.getStatus()).toMatchObject({ state: 'quota', pending: 1 });
    expect(p.isPending('h_2')).toBe(true);
    expect(p.pendingBody('h_2')?.requestText).toHaveLength(5000);
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);

    // The user deletes old entries and the quota grows (or the big body shrinks): the queue drains.
    storage.quotaBytes = 20_000;
    p.remove(['h_1']);
    await p.flush();
    expect([...storage.entries.keys()].sort()).toEqual(['h_2', 'h_3']);
    expect(p.getStatus()).toEqual({ state: 'saved' });
  });

  it('reports other storage failures and keeps the change for a retry', async () => {
    const storage = new FakeStorage();
    const broken = { ...storage, put: () => Promise.reject(new Error('IndexedDB is blocked')) };
    const p = make(broken as unknown as HistoryStorage);
    p.put(entry('h_1'));
    await p.flush();
    expect(p.getStatus()).toEqual({ state: 'error', pending: 1, message: 'IndexedDB is blocked' });
    expect(p.isPending('h_1')).toBe(true);
  });

  it('a delete cancels a queued put, a later put cancels a queued delete; clear empties storage', async () => {
    const storage = new FakeStorage();
    const p = make(storage);
    p.put(entry('h_1'));
    await p.flush();
    p.put(entry('h_2'));
    p.remove(['h_2', 'h_1']);
    await p.flush();
    expect(storage.entries.size).toBe(0);
    p.remove(['h_3']);
    p.put(entry('h_3'));
    await p.flush();
    expect([...storage.entries.keys()]).toEqual(['h_3']);
    await p.clear();
    expect(storage.entries.size).toBe(0);
    expect(written.at(-1)).toEqual({ put: [], deleted: [], cleared: true });
  });

  it('a change made while a write is in flight is written afterwards', async () => {
    const storage = new FakeStorage();
    const p = make(storage);
    p.put(entry('h_1', { title: 'first' }));
    const flushing = p.flush();
    p.put(entry('h_1', { title: 'second' }));
    await flushing;
    await p.flush();
    expect(storage.entries.get('h_1')).toMatchObject({ title: 'second' });
    expect(p.getStatus()).toEqual({ state: 'saved' });
  });
});
