import { startAutoAnswer } from './auto-answer';

export { ThreadPanel } from './thread-panel';

// The auto-answer loop follows this tab's turns whatever is on screen.
startAutoAnswer();
