/**
 * Characters of Markdown turned into HTML per task (~8 ms of `marked` on the benchmark machine).
 * A frame that brings more (a late frame in a fast stream, or opening a long answer) shows the rest
 * as plain text and renders it over the next frames, so no task runs long.
 */
export const PARSE_BUDGET_CHARS = 24_000;
/**
 * Main-thread time the Markdown of one task may take: on a slower (or busier) machine than the
 * benchmark's, the budget in characters shrinks to match (a 24k budget made 53 ms tasks there).
 */
const PARSE_BUDGET_MS = 8;
const MIN_BUDGET_CHARS = 2_000;

let budgetChars = PARSE_BUDGET_CHARS;

/**
 * Tells the budget how long `chars` of Markdown took to render, so a budget is ~8 ms of this
 * machine's work (between 2k and 24k characters), not a figure measured elsewhere.
 */
export function recordParseTime(chars: number, ms: number): void {
  if (chars < 1_000 || !(ms > 0)) return; // too small to time with a coarse clock
  const fits = (chars / ms) * PARSE_BUDGET_MS;
  // Smoothed: one slow parse (a GC pause) shrinks the budget only a little.
  const next = budgetChars * 0.75 + fits * 0.25;
  budgetChars = Math.round(Math.min(PARSE_BUDGET_CHARS, Math.max(MIN_BUDGET_CHARS, next)));
}

/** The current budget in characters (see `recordParseTime`). */
export function parseBudgetChars(): number {
  return budgetChars;
}

let spent = 0;
let resetQueued = false;

/**
 * Takes `chars` from the current task's budget. React renders synchronously, so everything drawn
 * in one task shares the budget; it refills once the task's microtasks run. The first taker in a
 * task always gets its share, so a chunk longer than the budget still gets its turn.
 */
export function takeParseBudget(chars: number, budget = budgetChars): boolean {
  if (!resetQueued) {
    resetQueued = true;
    queueMicrotask(() => {
      spent = 0;
      resetQueued = false;
    });
  }
  if (spent > 0 && spent + chars > budget) return false;
  spent += chars;
  return true;
}

interface Waiter {
  chars: number;
  wake: () => void;
}

/** Chunks that did not get a budget, oldest first; woken a budget's worth per frame. */
const waiting = new Set<Waiter>();
let frame: number | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

const hasFrames = () => typeof requestAnimationFrame === 'function';

function wakeSome(): void {
  if (frame !== undefined && hasFrames()) cancelAnimationFrame(frame);
  clearTimeout(timer);
  frame = timer = undefined;
  let granted = 0;
  for (const waiter of waiting) {
    if (granted > 0 && granted + waiter.chars > budgetChars) break;
    granted += waiter.chars;
    waiting.delete(waiter);
    waiter.wake();
  }
  if (waiting.size > 0) schedule();
}

function schedule(): void {
  if (frame !== undefined || timer !== undefined) return;
  if (hasFrames()) frame = requestAnimationFrame(wakeSome);
  timer = setTimeout(wakeSome, 250); // a hidden tab gets no frames
}

/**
 * Queues a chunk of `chars` that found no budget: one frame later (and in later frames, a budget's
 * worth at a time, in the order asked) `wake` is called, and the chunk may render without asking
 * again. One timer for all waiting chunks, so a backlog costs nothing per frame but its own work.
 * Returns the function that leaves the queue.
 */
export function waitForParseBudget(chars: number, wake: () => void): () => void {
  const waiter = { chars, wake };
  waiting.add(waiter);
  schedule();
  return () => void waiting.delete(waiter);
}
