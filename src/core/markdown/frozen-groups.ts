/**
 * An append-only list shown as groups of `size` items. Every full group is a frozen array that never
 * changes again, so a renderer can memoize it by reference: per update only the last group (and the
 * live item at its end) is new, whatever the length of the list.
 *
 * The live item sits at the index it will have once pushed, in the group it will belong to, so a
 * renderer keyed by index keeps its node when the live item becomes final.
 */
export class FrozenGroups<T> {
  readonly #size: number;
  #full: (readonly T[])[] = [];
  #open: T[] = [];
  #live: T | undefined;
  #view: readonly (readonly T[])[] | undefined;

  constructor(size: number) {
    this.#size = size;
  }

  /** Number of final items. */
  get count(): number {
    return this.#full.length * this.#size + this.#open.length;
  }

  /** Adds a final item (it replaces nothing: set the live item separately). */
  push(item: T): void {
    this.#open.push(item);
    if (this.#open.length === this.#size) {
      this.#full.push(Object.freeze(this.#open));
      this.#open = [];
    }
    this.#view = undefined;
  }

  /** The item still changing after the final ones (undefined: none). */
  setLive(item: T | undefined): void {
    if (item === this.#live) return;
    this.#live = item;
    this.#view = undefined;
  }

  /** Full groups (same arrays as before), then the open group with the live item, if any. */
  groups(): readonly (readonly T[])[] {
    if (this.#view === undefined) {
      const last = this.#live === undefined ? this.#open.slice() : [...this.#open, this.#live];
      this.#view = last.length > 0 ? [...this.#full, last] : this.#full.slice();
    }
    return this.#view;
  }
}
