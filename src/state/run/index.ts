export { useRunStore, type SentRequest } from './run-store';
