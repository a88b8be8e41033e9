export { useRunStore, type SendMeta, type SentRequest } from './run-store';
