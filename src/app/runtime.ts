/**
 * Everything that runs for the life of the page, started in one place and on purpose: no module
 * starts anything by being imported. `main.tsx` calls `startRuntime()` once before the first render.
 *
 * Before the first paint (small, in the entry chunk):
 * - i18n: the message catalogues, before anything is drawn;
 * - theme: light or dark on `<html>`, before anything is drawn (no flash of the wrong theme);
 * - the demo gate: requests to the built-in demo wait until the page knows who answers them.
 *
 * Right after the first paint, in its own chunk (runtime-later.ts): hosting detection (who answers
 * the demo, the site's playground.json), the history recorder and the stored history, auto-answer,
 * proxy detection, and the send path. Send waits for it (`whenStarted`), so no run goes unrecorded.
 */
import { initI18n } from '../i18n';
import { startTheme } from '../state/theme';
import { prepareHosting, type HostingStart } from './hosting/hosting-start';

let stop: (() => void) | undefined;
let stops: (() => void)[] = [];
let hosting: HostingStart | undefined;
let started: Promise<void> | undefined;

/** Starts the page's runtime (once); returns how to stop what can be stopped (tests, hot reload). */
export function startRuntime(): () => void {
  if (stop) return stop;
  initI18n();
  stops = [startTheme()];
  hosting = prepareHosting();
  stop = () => {
    for (const s of stops) s();
    stop = undefined;
  };
  return stop;
}

/** Starts the rest once the first frame is painted; `main.tsx` calls it right after the first render. */
export function startRuntimeAfterPaint(): Promise<void> {
  const start = hosting;
  if (!start) throw new Error('startRuntime() first');
  started ??= afterFirstPaint()
    .then(() => import('./runtime-later'))
    .then(
      (later) => {
        stops.push(later.startLaterRuntime(start));
      },
      (error: unknown) => {
        // The chunk could not load (offline after an update): demo requests must not wait forever.
        const message = error instanceof Error ? error.message : String(error);
        start.settleDemo(Promise.resolve({ kind: 'unavailable', message }));
        throw error;
      },
    );
  return started;
}

/** Settles once the deferred part of the runtime runs (Send waits for it: the recorder is on). */
export function whenStarted(): Promise<void> {
  return started ?? Promise.resolve();
}

/** After the first frame is painted: a task queued from the frame's rAF runs after its paint. */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
