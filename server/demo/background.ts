/**
 * Background responses (`background: true`): generation runs on its own clock, not the client's
 * connection, and keeps every event so that any number of clients can follow it and pick it up again
 * after a broken connection (`GET /v1/responses/{id}?stream=true&starting_after=N`), as on the real API.
 * Timers only (no Node APIs): the same code runs in a Service Worker on static hosts.
 */
import type { ResponseObject } from './response-object';
import type { Step, WireEvent } from './sequence';
import { encodeSse } from './sse-stream';

export interface BackgroundOptions {
  /** Milliseconds before each delta; 0 runs unpaced (yielding to the event loop now and then). */
  paceMs: number;
  /** Milliseconds the response stays `queued` before it starts. */
  queueMs: number;
}

/** Unpaced generation yields to the event loop after this many events. */
const UNPACED_BATCH = 500;

export class BackgroundRun {
  /** Every event so far; `events[i].sequence_number === i`. */
  readonly events: WireEvent[] = [];
  done = false;
  /** Stream connections still to break on purpose (`demo-cut` in background, `metadata.demo_drops`). */
  dropsLeft = 0;
  private wakers = new Set<() => void>();
  private stopTimer?: () => void;

  constructor(
    private readonly steps: Iterator<Step, unknown>,
    readonly response: ResponseObject,
    private readonly options: BackgroundOptions,
  ) {
    void this.run();
  }

  /** Stops generation: the response ends `cancelled` (a settled response is left as it is). */
  cancel(): void {
    if (this.done) return;
    this.steps.return?.(undefined);
    this.response.status = 'cancelled';
    this.finish();
  }

  /**
   * An SSE body with the events after `startingAfter` (all when undefined), then the live ones until
   * the response settles. `dropAfter` events into it, the body just ends (a broken connection).
   */
  subscribe(
    startingAfter: number | undefined,
    signal?: AbortSignal,
    dropAfter?: number,
  ): ReadableStream<Uint8Array> {
    const encoder = new TextEncoder();
    let cursor = startingAfter === undefined ? 0 : Math.max(0, startingAfter + 1);
    let sent = 0;
    let closed = false;
    const wake = new Set<() => void>();
    const onAbort = () => {
      closed = true;
      for (const w of wake) w();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    return new ReadableStream<Uint8Array>(
      {
        pull: async (controller) => {
          while (!closed) {
            if (cursor < this.events.length) {
              let batch = '';
              while (cursor < this.events.length && (dropAfter === undefined || sent < dropAfter)) {
                batch += encodeSse({ event: this.events[cursor++] as WireEvent, delta: false });
                sent++;
              }
              controller.enqueue(encoder.encode(batch));
              if (dropAfter !== undefined && sent >= dropAfter) break;
              return;
            }
            if (this.done) break;
            await new Promise<void>((resolve) => {
              const waker = () => {
                this.wakers.delete(waker);
                wake.delete(waker);
                resolve();
              };
              this.wakers.add(waker);
              wake.add(waker);
            });
          }
          signal?.removeEventListener('abort', onAbort);
          try {
            controller.close();
          } catch {
            /* the client went away */
          }
        },
        cancel: () => onAbort(),
      },
      { highWaterMark: 0 },
    );
  }

  private async run(): Promise<void> {
    let unpaced = 0;
    for (;;) {
      const last = this.events.at(-1);
      if (last?.type === 'response.queued' && !(await this.sleep(this.options.queueMs))) return;
      const next = this.steps.next();
      if (this.done) return;
      if (next.done) break;
      if (next.value.delta && this.options.paceMs > 0) {
        if (!(await this.sleep(this.options.paceMs))) return;
      } else if (++unpaced % UNPACED_BATCH === 0 && !(await this.sleep(0))) return;
      this.events.push(next.value.event);
      this.notify();
    }
    // A plan that stops without a terminal event leaves the response running forever: settle it.
    if (this.response.status === 'in_progress' || this.response.status === 'queued')
      this.response.status = 'failed';
    this.finish();
  }

  private sleep(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.stopTimer = undefined;
        resolve(!this.done);
      }, ms);
      this.stopTimer = () => {
        clearTimeout(timer);
        resolve(false);
      };
    });
  }

  private finish(): void {
    this.done = true;
    this.stopTimer?.();
    this.notify();
  }

  private notify(): void {
    for (const waker of [...this.wakers]) waker();
  }
}

/**
 * The background runs by response id, apart from the response store (whose entries may be written to
 * IndexedDB: a run is not data). The oldest are forgotten beyond `limit`; a forgotten run can no
 * longer be resumed or cancelled, like a response the real API no longer streams.
 */
export class BackgroundRuns {
  private readonly runs = new Map<string, BackgroundRun>();

  constructor(private readonly limit = 100) {}

  add(run: BackgroundRun): void {
    this.runs.set(run.response.id, run);
    for (const [id, old] of this.runs) {
      if (this.runs.size <= this.limit) break;
      old.cancel();
      this.runs.delete(id);
    }
  }

  get(id: string): BackgroundRun | undefined {
    return this.runs.get(id);
  }

  delete(id: string): void {
    this.runs.get(id)?.cancel();
    this.runs.delete(id);
  }
}

/** The response's event stream as the API frames it, for a resumed `GET …?stream=true`. */
export function sseHeaders(extra: Record<string, string>): Record<string, string> {
  return {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    'x-accel-buffering': 'no',
    ...extra,
  };
}
