import { startHistoryRecorder } from './history-recorder';
import { initHistory } from './history-runtime';

export { HistoryPanel } from './history-panel';
export { useHistoryStore } from './history-store';
export { expectTurn, onTurnFinished, onTurnStarted, type TurnMeta } from './history-recorder';
export { loadBody } from './history-runtime';
export { selectEntry } from './history-actions';
export { recordGroupRun, type GroupRecording } from './group-recorder';

// History records every run of the page from the first one on, whatever is on screen: start it
// with the app, not with a component (a pane that failed to render must not stop the recording).
startHistoryRecorder();
void initHistory();
