export { RESUME_MARKER, useRunStore, type SendMeta, type SentRequest } from './run-store';
export { createFrameBatcher } from './frame-batcher';
