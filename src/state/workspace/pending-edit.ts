/**
 * Keystrokes reach the workspace store just after the frame that shows them. Writing the request
 * text re-renders every control that reads it (and, for a large text, posts it to the parse
 * worker): done inside the keystroke, that work delayed the next paint by tens of milliseconds. The
 * editor hands its report here instead; it runs once the frame is painted, and at once whenever
 * something may read the store: a pointer press anywhere, a key with a modifier or outside the
 * editor (Ctrl+Enter, shortcuts), leaving the page, or `flushPendingEdit()`.
 */
let pending: (() => void) | undefined;
let scheduled = false;
let listening = false;

/** Runs the deferred report now, if there is one. */
export function flushPendingEdit(): void {
  const report = pending;
  pending = undefined;
  report?.();
}

/**
 * Defers `report` (the editor telling the store its text) until after the next paint; a later
 * call replaces an earlier one that has not run, so fast typing writes the store once per frame.
 */
export function deferEdit(report: () => void): void {
  pending = report;
  if (typeof window === 'undefined' || typeof requestAnimationFrame !== 'function') {
    return flushPendingEdit();
  }
  listen();
  if (scheduled) return;
  scheduled = true;
  const run = () => {
    if (!scheduled) return;
    scheduled = false;
    clearTimeout(timer);
    flushPendingEdit();
  };
  // After the paint: a frame, then a task. A hidden tab gets no frames, hence the timer.
  const timer = setTimeout(run, 100);
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      run();
    };
    channel.port2.postMessage(null);
  });
}

function listen(): void {
  if (listening) return;
  listening = true;
  const options = { capture: true, passive: true };
  window.addEventListener('pointerdown', flushPendingEdit, options);
  window.addEventListener(
    'keydown',
    (event) => {
      const inEditor = event.target instanceof Element && event.target.closest('[data-editor]');
      if (pending && (event.ctrlKey || event.metaKey || event.altKey || !inEditor)) flushPendingEdit();
    },
    options,
  );
  window.addEventListener('pagehide', flushPendingEdit, options);
  document.addEventListener('visibilitychange', flushPendingEdit, options);
}
