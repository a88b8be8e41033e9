export { OutputPane } from './output-pane';
export { RunStatusBadge } from './run-status';
export { RunErrorAlert } from './run-error-alert';
export { MessageCard } from './message-card';
export { ReasoningCard } from './reasoning-card';
export { errorText, runErrorText, wordedParams } from './run-error-text';
