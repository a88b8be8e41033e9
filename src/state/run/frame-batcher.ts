/**
 * After a draw that cost `c` ms of script, the next one waits until `c × SPACING` ms have passed: while
 * a stream pours in faster than frames, drawing then takes a bounded share of the main thread (the
 * browser's layout and paint roughly double the script's cost) instead of one draw per frame eating
 * most of it. A cheap draw (a model's usual pace) still happens every frame.
 */
const SPACING = 6;
/**
 * However costly the draws, the screen is brought up to date at least this often (100 ms made the
 * paced bench's delta → screen p95 about 100 ms; 50 keeps a model's usual pace under it).
 */
const MAX_WAIT_MS = 50;
/** Where frames do not run (a hidden tab), a timer draws instead. */
const FALLBACK_MS = 250;

/**
 * Coalesces many `schedule()` calls into one `flush` per animation frame, spaced out when drawing is
 * costly (see `SPACING`). Falls back to a timer where frames do not run (a hidden tab), so the final
 * state is never held back; `flushNow` draws at once (the end of a run).
 */
export function createFrameBatcher(flush: () => void): { schedule: () => void; flushNow: () => void } {
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let spacer: ReturnType<typeof setTimeout> | undefined;
  /** performance.now() before which no frame is asked for. */
  let notBefore = 0;
  const run = () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(spacer);
    frame = timer = spacer = undefined;
    const started = performance.now();
    flush();
    // React renders a store change in a microtask queued by `flush`: this one runs after it.
    queueMicrotask(() => {
      const cost = performance.now() - started;
      notBefore = performance.now() + Math.min(cost * SPACING, MAX_WAIT_MS);
    });
  };
  const requestFrame = () => {
    spacer = undefined;
    frame = requestAnimationFrame(run);
  };
  return {
    schedule: () => {
      if (frame !== undefined || spacer !== undefined) return;
      timer = setTimeout(run, FALLBACK_MS);
      const wait = notBefore - performance.now();
      if (wait > 0) spacer = setTimeout(requestFrame, wait);
      else requestFrame();
    },
    flushNow: run,
  };
}
