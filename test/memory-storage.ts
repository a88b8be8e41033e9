/**
 * Node has no `localStorage` (jsdom has one): without it every persisted zustand store warns
 * "storage is currently unavailable" on each change, and the persistence path goes untested.
 * Unit tests in Node get this in-memory Storage instead, emptied after each test.
 */
import { afterEach } from 'vitest';

class MemoryStorage implements Storage {
  #items = new Map<string, string>();
  get length(): number {
    return this.#items.size;
  }
  clear(): void {
    this.#items.clear();
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, String(value));
  }
}

if (typeof globalThis.localStorage === 'undefined') {
  Object.defineProperty(globalThis, 'localStorage', { value: new MemoryStorage(), configurable: true });
}

afterEach(() => localStorage.clear());
