/**
 * The raw event log behind the Events tab. It lives outside the view (the view must stay small and
 * cheap to copy) and stores columns in typed arrays, with the raw data of every event joined into
 * shared strings of about 1 M characters (offsets per entry; each page is built by appending, a
 * rope, and flattened once when full): no object or string kept per entry,
 * so 300k events cost their characters plus 29 bytes each; rows on screen are sliced out.
 */

import { redactUrlSecretsInText } from '../api/url-secrets';

export interface EventLogEntry {
  /** Arrival time, ms since the epoch. */
  at: number;
  type: string;
  /** The SSE data string as received. */
  raw: string;
  seq?: number;
  /** `sequence_number` jumped forward: events are missing before this one. */
  gap?: boolean;
  /** `sequence_number` is not above every earlier one: a repeat or out of order. */
  duplicate?: boolean;
}

const GAP = 1;
const DUPLICATE = 2;
const INITIAL_CAPACITY = 256;
const PAGE_CHARS = 1 << 20;

/** Append-only columnar log of stream events, with per-entry sequence-gap/duplicate flags. */
export class EventLog {
  #size = 0;
  #at = new Float64Array(INITIAL_CAPACITY);
  /** NaN when the event had no sequence_number. */
  #seq = new Float64Array(INITIAL_CAPACITY);
  #flags = new Uint8Array(INITIAL_CAPACITY);
  /** Index into #typeNames: event types repeat, so each name is stored once. */
  #typeIds = new Uint32Array(INITIAL_CAPACITY);
  #typeNames: string[] = [];
  #typeIndex = new Map<string, number>();
  /** Where each raw event is: page, offset, length (UTF-16 units). */
  #rawPage = new Uint32Array(INITIAL_CAPACITY);
  #rawStart = new Uint32Array(INITIAL_CAPACITY);
  #rawLength = new Uint32Array(INITIAL_CAPACITY);
  /** Sealed pages: each one string of many events. */
  #pages: string[] = [];
  /** Events of the page being filled, appended (a rope) and flattened once when full or read. */
  #open = '';
  #maxSeq = -Infinity;

  get length(): number {
    return this.#size;
  }

  /**
   * Record one event. `seq` is its `sequence_number`, when it had one. A credential-like query value
   * in the data (a server echoing the request URL) is masked: the log is shown and copied.
   */
  append(at: number, type: string, raw: string, seq?: number): void {
    if (this.#size === this.#at.length) this.#grow();
    const i = this.#size;
    let flags = 0;
    if (seq !== undefined && Number.isFinite(seq)) {
      if (this.#maxSeq !== -Infinity) {
        if (seq <= this.#maxSeq) flags = DUPLICATE;
        else if (seq > this.#maxSeq + 1) flags = GAP;
      }
      this.#maxSeq = Math.max(this.#maxSeq, seq);
      this.#seq[i] = seq;
    } else {
      this.#seq[i] = NaN;
    }
    this.#at[i] = at;
    this.#flags[i] = flags;
    this.#typeIds[i] = this.#typeId(type);
    // A URL an error echoes may carry a key in its query: masked before it is kept.
    this.#storeRaw(i, redactUrlSecretsInText(raw));
    this.#size = i + 1;
  }

  /** Entry `i` (0-based) as a fresh object, for the row being rendered. */
  entry(i: number): EventLogEntry {
    if (!Number.isInteger(i) || i < 0 || i >= this.#size) {
      throw new RangeError(`EventLog index ${i} out of range (length ${this.#size})`);
    }
    const entry: EventLogEntry = {
      at: this.#at[i] as number,
      type: this.#typeNames[this.#typeIds[i] as number] as string,
      raw: this.#readRaw(i),
    };
    const seq = this.#seq[i] as number;
    if (!Number.isNaN(seq)) entry.seq = seq;
    const flags = this.#flags[i] as number;
    if (flags & GAP) entry.gap = true;
    if (flags & DUPLICATE) entry.duplicate = true;
    return entry;
  }

  /** The type of entry `i` alone (no raw data sliced out): what a type filter scans. */
  typeOf(i: number): string {
    return this.#typeNames[this.#typeIds[i] as number] ?? '';
  }

  /** Number of entries flagged as a gap or a duplicate. */
  countFlagged(): number {
    let n = 0;
    for (let i = 0; i < this.#size; i++) if (this.#flags[i] !== 0) n++;
    return n;
  }

  /** Forget everything (a new run). */
  clear(): void {
    this.#size = 0;
    this.#pages = [];
    this.#open = '';
    this.#maxSeq = -Infinity;
  }

  /** Characters held for the raw events, for the benchmark and tests. */
  get rawChars(): number {
    return this.#pages.reduce((sum, page) => sum + page.length, 0) + this.#open.length;
  }

  #storeRaw(i: number, raw: string): void {
    this.#rawPage[i] = this.#pages.length;
    this.#rawStart[i] = this.#open.length;
    this.#rawLength[i] = raw.length;
    this.#open += raw;
    if (this.#open.length >= PAGE_CHARS) this.#seal();
  }

  /** Joins the open page into one string: the events' own strings (and what they kept alive) go. */
  #seal(): void {
    if (this.#open.length === 0) return;
    const page = this.#open;
    page.charCodeAt(0); // flattens the rope in place: the events' own strings (and chunks) can go
    this.#pages.push(page);
    this.#open = '';
  }

  #readRaw(i: number): string {
    if ((this.#rawPage[i] as number) >= this.#pages.length) this.#seal();
    const page = this.#pages[this.#rawPage[i] as number] ?? '';
    const start = this.#rawStart[i] as number;
    return page.slice(start, start + (this.#rawLength[i] as number));
  }

  #typeId(type: string): number {
    let id = this.#typeIndex.get(type);
    if (id === undefined) {
      id = this.#typeNames.length;
      this.#typeNames.push(type);
      this.#typeIndex.set(type, id);
    }
    return id;
  }

  #grow(): void {
    const capacity = this.#at.length * 2;
    this.#at = grown(this.#at, new Float64Array(capacity));
    this.#seq = grown(this.#seq, new Float64Array(capacity));
    this.#flags = grown(this.#flags, new Uint8Array(capacity));
    this.#typeIds = grown(this.#typeIds, new Uint32Array(capacity));
    this.#rawPage = grown(this.#rawPage, new Uint32Array(capacity));
    this.#rawStart = grown(this.#rawStart, new Uint32Array(capacity));
    this.#rawLength = grown(this.#rawLength, new Uint32Array(capacity));
  }
}

function grown<T extends Float64Array | Uint8Array | Uint32Array>(old: T, next: T): T {
  next.set(old);
  return next;
}
