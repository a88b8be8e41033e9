export { ThreadPanel } from './thread-panel';
export { startAutoAnswer } from './auto-answer';
