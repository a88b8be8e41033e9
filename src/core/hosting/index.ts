/** Hosting anywhere: the app's own location, the demo's place in it, and `playground.json`. */
export {
  appDirectory,
  DEMO_DIR,
  DEMO_WORKER_CLAIM_MESSAGE,
  DEMO_WORKER_FILE,
  demoBaseUrl,
  isDemoUrl,
  pageLink,
  SERVER_PROBE_HEADER,
} from './app-location';
export {
  parseSiteConfig,
  SITE_CONFIG_FILE,
  SITE_CONFIG_LIMITS,
  type SiteConfig,
  type SiteProfile,
} from './site-config';
