export { ConnectionPanel } from './connection-panel';
export { demoBaseUrl, selectApiKey, useConnectionStore, type HeaderRow } from './connection-store';
export { keyScope } from './key-scope';
