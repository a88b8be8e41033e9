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
export { keyScope } from '../../core/endpoints/key-scope';
export type { ChainingMode, Profile } from '../../core/endpoints/profile';
export type { DoctorCard } from '../../core/endpoints/doctor-types';
