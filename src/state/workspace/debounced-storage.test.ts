import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debouncedJsonStorage } from './debounced-storage';

function memoryStorage(): Storage & { writes: number } {
  const map = new Map<string, string>();
  return {
    writes: 0,
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem(k, v) {
      this.writes++;
      map.set(k, v);
    },
  };
}

describe('debouncedJsonStorage', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes once after the changes stop, and reads back what is pending before that', () => {
    const store = memoryStorage();
    const storage = debouncedJsonStorage<{ t: string }>(() => store, { delayMs: 300 });
    for (const t of ['a', 'ab', 'abc']) storage.setItem('k', { state: { t }, version: 1 });
    expect(store.writes).toBe(0);
    expect(storage.getItem('k')).toEqual({ state: { t: 'abc' }, version: 1 });
    vi.advanceTimersByTime(1000);
    expect(store.writes).toBe(1);
    expect(JSON.parse(store.getItem('k') ?? '')).toEqual({ state: { t: 'abc' }, version: 1 });
  });

  it('writes at the latest maxWait after the first unsaved change while changes keep coming', () => {
    const store = memoryStorage();
    const storage = debouncedJsonStorage<{ n: number }>(() => store, { delayMs: 300, maxWaitMs: 1000 });
    for (let n = 0; n < 20; n++) {
      storage.setItem('k', { state: { n }, version: 1 });
      vi.advanceTimersByTime(100);
    }
    expect(store.writes).toBeGreaterThanOrEqual(1);
  });

  it('flush writes now; a failing write is reported, not thrown; a damaged entry reads as empty', () => {
    const store = memoryStorage();
    const onError = vi.fn();
    const full = {
      ...store,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const storage = debouncedJsonStorage<{ n: number }>(() => full, { onError });
    storage.setItem('k', { state: { n: 1 }, version: 1 });
    expect(() => storage.flush()).not.toThrow();
    expect(onError).toHaveBeenCalledOnce();
    store.setItem('bad', '{not json');
    expect(debouncedJsonStorage(() => store).getItem('bad')).toBeNull();
  });
});
