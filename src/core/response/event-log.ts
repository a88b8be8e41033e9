/**
 * The raw event log behind the Events tab. It lives outside the view (the view must stay small and
 * cheap to copy) and stores columns in typed arrays: no object per entry, so 100k+ events cost a
 * few MB of numbers plus the raw strings themselves.
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
  #raw: string[] = [];
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
    this.#raw.push(redactUrlSecretsInText(raw));
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
      raw: this.#raw[i] as string,
    };
    const seq = this.#seq[i] as number;
    if (!Number.isNaN(seq)) entry.seq = seq;
    const flags = this.#flags[i] as number;
    if (flags & GAP) entry.gap = true;
    if (flags & DUPLICATE) entry.duplicate = true;
    return entry;
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
    this.#raw = [];
    this.#maxSeq = -Infinity;
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
  }
}

function grown<T extends Float64Array | Uint8Array | Uint32Array>(old: T, next: T): T {
  next.set(old);
  return next;
}
