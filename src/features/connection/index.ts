export { ConnectionPanel } from './connection-panel';
export {
  demoBaseUrl,
  selectActiveProfile,
  selectApiKey,
  selectChainingMode,
  selectEndpoint,
  selectUsesProxy,
  useConnectionStore,
  type ConnectionState,
  type HeaderRow,
  type ProfilePatch,
  type ProxyStatus,
} from './connection-store';
export { keyScope } from './key-scope';
export type { ChainingMode, DoctorCard, Profile } from '../../core/endpoints';
