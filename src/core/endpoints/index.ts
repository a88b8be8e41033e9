/** Endpoint profiles, the local proxy's URL scheme, and the endpoint doctor. Framework-free. */
export { keyScope, profileKeyId } from './key-scope';
export {
  createProfile,
  demoProfile,
  DEMO_PROFILE_ID,
  effectiveChainingMode,
  headerRecord,
  profileLabel,
  profileProblems,
  type ChainingMode,
  type HeaderRow,
  type ModelPrice,
  type Profile,
} from './profile';
export {
  CONNECTION_STORAGE_VERSION,
  migrateConnection,
  sanitizeConnection,
  sanitizePrices,
  type PersistedConnection,
} from './persisted';
export {
  isProxyHealth,
  normalizeTarget,
  PROXY_BASE_PATH,
  PROXY_ERROR_HEADER,
  PROXY_HEALTH_PATH,
  PROXY_NAME,
  PROXY_PREFLIGHT_HEADER,
  PROXY_TARGET_HEADER,
  proxiedEndpoint,
  UPSTREAM_CORS_PREFIX,
  upstreamUrl,
  type ProxyHealth,
} from './proxy-route';
export {
  evaluatePreflight,
  preflightHeaderNames,
  sendHeaderNames,
  type PreflightAnswer,
  type PreflightProbe,
} from './doctor-cors';
export { browserPreflight, manualPreflight, proxyPreflight } from './doctor-preflight';
export { runDoctor, type DoctorOptions } from './doctor';
export { CHECK_LABELS } from './doctor-types';
export {
  DOCTOR_MESSAGES,
  doctorSummary,
  type DoctorMessageKey,
  type DoctorText,
  type DoctorWords,
} from './doctor-messages';
export type {
  ApiCapability,
  CheckId,
  CheckStatus,
  CorsVerdict,
  DoctorCard,
  DoctorCheck,
  DoctorFacts,
  StreamFraming,
} from './doctor-types';
