export { useRunStore, type SentRequest } from './run-store';
export { createFrameBatcher } from './frame-batcher';
