export { RESUME_MARKER, useRunStore, type SentRequest } from './run-store';
