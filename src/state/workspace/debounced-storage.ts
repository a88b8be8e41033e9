import type { PersistStorage, StorageValue } from 'zustand/middleware';

export interface DebouncedStorage<S> extends PersistStorage<S> {
  /** Writes what is pending now (the page is going away, or a test wants it). */
  flush: () => void;
}

/**
 * A zustand `persist` storage that keeps the keystroke path free: `setItem` only remembers the
 * value; serialising and writing it happen `delayMs` after the last change (at the latest
 * `maxWaitMs` after the first unsaved one), when the browser is idle, and at once when the page is
 * hidden or closed, so nothing typed is lost. A full storage is reported, never thrown.
 */
export function debouncedJsonStorage<S>(
  storage: () => Storage,
  { delayMs = 300, maxWaitMs = 2000, onError = reportWriteError } = {},
): DebouncedStorage<S> {
  let pending: { name: string; value: StorageValue<S> } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstUnsavedAt = 0;
  let listening = false;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const write = pending;
    pending = undefined;
    if (!write) return;
    try {
      storage().setItem(write.name, JSON.stringify(write.value));
    } catch (error) {
      onError(error);
    }
  };
  const whenIdle = () =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(flush, { timeout: 500 }) : flush();
  const listen = () => {
    if (listening || typeof window === 'undefined') return;
    listening = true;
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  };

  return {
    getItem: (name) => {
      if (pending?.name === name) return pending.value;
      const raw = storage().getItem(name);
      if (raw === null) return null;
      try {
        return JSON.parse(raw) as StorageValue<S>;
      } catch {
        return null; // a damaged entry starts fresh rather than breaking the page
      }
    },
    setItem: (name, value) => {
      listen();
      const now = Date.now();
      if (!pending) firstUnsavedAt = now;
      pending = { name, value };
      clearTimeout(timer);
      const wait = Math.max(0, Math.min(delayMs, firstUnsavedAt + maxWaitMs - now));
      timer = setTimeout(whenIdle, wait);
    },
    removeItem: (name) => {
      if (pending?.name === name) pending = undefined;
      storage().removeItem(name);
    },
    flush,
  };
}

function reportWriteError(error: unknown): void {
  console.warn('The request could not be saved in this browser (storage full or blocked).', error);
}
