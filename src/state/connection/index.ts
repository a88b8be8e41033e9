export {
  selectActiveProfile,
  selectApiKey,
  selectChainingMode,
  selectEndpoint,
  selectKeyNotKept,
  selectProfileFor,
  selectSnapshot,
  selectUsesProxy,
  useConnectionStore,
  type ConnectionState,
  type HeaderRow,
  type ProfilePatch,
  type ProxyStatus,
} from './connection-store';
export { detectProxy } from './proxy-detect';
export type { OfferedProfile } from './profile-state';
export type { ConnectionSnapshot } from './profile-state';
export { keyScope } from '../../core/endpoints';
export type { ChainingMode, DoctorCard, Profile } from '../../core/endpoints';
