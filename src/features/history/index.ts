import { lazy } from 'react';
import { startHistoryRecorder } from './history-recorder';
import { initHistory } from './history-runtime';

// The panel is its own chunk, loaded after the first paint; recording starts with the app (below).
export const HistoryPanel = lazy(() => import('./history-panel').then((m) => ({ default: m.HistoryPanel })));
export { useHistoryStore } from './history-store';
export { expectTurn, onTurnFinished, onTurnStarted, type TurnMeta } from './history-recorder';
export { loadBody } from './history-runtime';
export { selectEntry } from './history-actions';

// History records every run of the page from the first one on, whatever is on screen: start it
// with the app, not with a component (a pane that failed to render must not stop the recording).
startHistoryRecorder();
void initHistory();
