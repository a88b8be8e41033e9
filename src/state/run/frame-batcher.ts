/**
 * Coalesces many `schedule()` calls into one `flush` per animation frame. Falls back to a timer
 * where frames do not run (a hidden tab), so the final state is never held back.
 */
export function createFrameBatcher(flush: () => void): { schedule: () => void; flushNow: () => void } {
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = undefined;
    timer = undefined;
    flush();
  };
  return {
    schedule: () => {
      if (frame !== undefined) return;
      frame = requestAnimationFrame(run);
      timer = setTimeout(run, 250);
    },
    flushNow: run,
  };
}
