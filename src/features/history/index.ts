import { lazy } from 'react';
import { startHistoryRecorder } from './history-recorder';
import { initHistory } from './history-runtime';

// The panel is its own chunk, loaded after the first paint; recording starts with the app (below).
export const HistoryPanel = lazy(() => import('./history-panel').then((m) => ({ default: m.HistoryPanel })));
export { useHistoryStore } from './history-store';
export {
  entryIdOfResponse,
  newestEntryIdInConversation,
  onTurnFinished,
  onTurnStarted,
} from './history-recorder';
export { loadBody } from './history-runtime';
export { selectEntry } from './history-actions';
export { addEntry, finishEntry, markServerState } from './history-server';
export { recordGroupRun, type GroupRecording } from './group-recorder';

/**
 * Starts recording every run of this tab and loads the stored history. Called once by the app's
 * runtime (src/app/runtime.ts), not by a component: a pane that failed to render must not stop the
 * recording. Returns the stop for the recorder (storage stays open).
 */
export function startHistory(): () => void {
  const stop = startHistoryRecorder();
  void initHistory();
  return stop;
}
