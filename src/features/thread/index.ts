export { ThreadPanel } from './thread-panel';
