/** The response tree: types, tree operations, replay mode, migrations, persistence and the round trip. */
export * from './types';
export * from './tree';
export * from './replay';
export * from './tool-outputs';
export { chainRefusal, type SentFields } from './chain-refusal';
export { migrateBody, migrateEntry } from './migrations';
export {
  EXPORT_FORMAT,
  makeExportFile,
  parseExportFile,
  recordsToImport,
  type ParsedImport,
} from './export-file';
export {
  HistoryPersister,
  isQuotaError,
  type HistoryStorage,
  type PendingPut,
  type PersistStatus,
  type PersisterOptions,
} from './persister';
export { createIdbStorage, openHistoryDb, HISTORY_DB } from './idb-storage';
export {
  bodyInput,
  conversationOf,
  inputPreview,
  outputPreview,
  startEntry,
  updateEntry,
  type SentTurn,
} from './summarize';
export { endpointSecrets, redactView } from './redact';
