import type { EventLog } from '../../core/response/event-log';

export interface EventFilterResult {
  /** Every type seen, in first-seen order, with how many events had it. */
  types: [type: string, count: number][];
  /** Indices of the events that pass the filter; undefined when nothing is filtered. */
  matches?: readonly number[];
}

/**
 * The event log's type counts and the indices passing a type and text filter, kept up to date as the
 * log grows: each update scans only the events that arrived since the last one (a new filter scans
 * once from the start), so a live 100k-event stream costs O(new events) per frame. Text search
 * slices the raw data of each event out of the log's shared strings once per scan.
 */
export class EventFilter {
  #log: EventLog | undefined;
  #counted = 0;
  #counts = new Map<string, number>();
  #key = '';
  #scanned = 0;
  #matches: number[] = [];

  update(log: EventLog, count: number, type: string, query: string): EventFilterResult {
    if (log !== this.#log || count < this.#counted) {
      this.#log = log;
      this.#counted = 0;
      this.#counts = new Map();
      this.#key = '';
    }
    for (; this.#counted < count; this.#counted++) {
      const name = log.typeOf(this.#counted);
      this.#counts.set(name, (this.#counts.get(name) ?? 0) + 1);
    }
    const types = [...this.#counts];
    const needle = query.trim().toLowerCase();
    if (type === '' && needle === '') return { types };

    const key = `${type}\u0000${needle}`;
    if (key !== this.#key) {
      this.#key = key;
      this.#scanned = 0;
      this.#matches = [];
    }
    for (; this.#scanned < count; this.#scanned++) {
      const i = this.#scanned;
      if (type !== '' && log.typeOf(i) !== type) continue;
      if (needle !== '' && !matchesText(log, i, needle)) continue;
      this.#matches.push(i);
    }
    // A fresh array per update: the virtualized list re-renders when its rows change.
    return { types, matches: this.#matches.slice() };
  }
}

function matchesText(log: EventLog, i: number, needle: string): boolean {
  if (log.typeOf(i).toLowerCase().includes(needle)) return true;
  return log.entry(i).raw.toLowerCase().includes(needle);
}
