/**
 * Characters of Markdown turned into HTML per task (~8 ms of `marked` on the benchmark machine).
 * A frame that brings more (a late frame in a fast stream, or opening a long answer) shows the rest
 * as plain text and renders it over the next frames, so no task runs long.
 */
export const PARSE_BUDGET_CHARS = 24_000;

let spent = 0;
let resetQueued = false;

/**
 * Takes `chars` from the current task's budget. React renders synchronously, so everything drawn
 * in one task shares the budget; it refills once the task's microtasks run. The first taker in a
 * task always gets its share, so a chunk longer than the budget still gets its turn.
 */
export function takeParseBudget(chars: number, budget = PARSE_BUDGET_CHARS): boolean {
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
