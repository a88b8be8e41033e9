/**
 * Everything that runs for the life of the page, started in one place and on purpose: no module
 * starts anything by being imported. `main.tsx` calls `startRuntime()` once before the first render.
 *
 * - i18n: the message catalogues, before anything is drawn;
 * - theme: light or dark on `<html>`, before anything is drawn (no flash of the wrong theme);
 * - hosting: who answers the built-in demo (our server, or the in-browser demo on a static host) and
 *   the site's playground.json; requests to the demo wait until that is known;
 * - history: the recorder follows every run of this tab, and the stored history loads;
 * - auto-answer: answers tool calls from fixtures while it is on (thread);
 * - proxy detection: whether the page's own server has the local proxy (`npm start`).
 */
import { startHistory } from '../features/history';
import { startAutoAnswer } from '../features/thread';
import { initI18n } from '../i18n';
import { startHosting } from './hosting';
import { detectProxy } from '../state/connection';
import { startTheme } from '../state/theme';

let stop: (() => void) | undefined;

/** Starts the page's runtime (once); returns how to stop what can be stopped (tests, hot reload). */
export function startRuntime(): () => void {
  if (stop) return stop;
  initI18n();
  const stopTheme = startTheme();
  void startHosting();
  const stops = [stopTheme, startHistory(), startAutoAnswer()];
  detectProxy();
  stop = () => {
    for (const s of stops) s();
    stop = undefined;
  };
  return stop;
}
