/**
 * Steps → an SSE byte stream (`event: <type>` + `data: <json>` + blank line, as api.openai.com
 * frames it). Pull-based, so a slow reader slows generation down; paced by sleeping before each delta;
 * stops the generator as soon as the reader cancels or the request's signal aborts.
 */
import type { Step } from './sequence';

export interface SseStreamOptions {
  /** Milliseconds to wait before each delta event; 0 streams as fast as the reader reads. */
  paceMs: number;
  /** The request's signal: aborts when the client goes away. */
  signal?: AbortSignal;
  /** Called once: `done` after the last event, `aborted` if the client went away first. */
  onEnd?: (reason: 'done' | 'aborted') => void;
}

/** Unpaced output is batched into chunks of about this size. */
const BATCH_BYTES = 32 * 1024;

export function encodeSse(step: Step): string {
  return `event: ${step.event.type}\ndata: ${JSON.stringify(step.event)}\n\n`;
}

export function sseStream(
  steps: Iterator<Step, unknown>,
  options: SseStreamOptions,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let pending: Step | undefined;
  let finished = false;
  let wake: (() => void) | undefined;

  const finish = (reason: 'done' | 'aborted') => {
    if (finished) return;
    finished = true;
    wake?.();
    if (reason === 'aborted') steps.return?.();
    options.onEnd?.(reason);
  };
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        wake = undefined;
        resolve();
      }, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const onAbort = () => finish('aborted');
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) onAbort();

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let batch = '';
        let slept = false;
        while (!finished) {
          const next = pending ? { done: false as const, value: pending } : steps.next();
          pending = undefined;
          if (next.done) {
            if (batch) controller.enqueue(encoder.encode(batch));
            options.signal?.removeEventListener('abort', onAbort);
            finish('done');
            controller.close();
            return;
          }
          const step = next.value;
          if (step.delta && options.paceMs > 0 && !slept) {
            if (batch) {
              // Send what came before this delta now; the next pull sleeps, then sends it.
              pending = step;
              break;
            }
            await sleep(options.paceMs);
            slept = true;
            if (finished) break;
          } else if (step.delta && slept) {
            pending = step;
            break;
          }
          batch += encodeSse(step);
          if (batch.length >= BATCH_BYTES) break;
        }
        if (finished) {
          // The client went away: end quietly (nobody is reading any more).
          try {
            controller.close();
          } catch {
            /* already closed or cancelled */
          }
          return;
        }
        if (batch) controller.enqueue(encoder.encode(batch));
      },
      cancel() {
        finish('aborted');
      },
    },
    { highWaterMark: 0 },
  );
}
