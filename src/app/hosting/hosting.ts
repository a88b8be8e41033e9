/**
 * Start-up for "hosted anywhere": finds who answers the built-in demo (our server, or the in-browser
 * demo on a static host), and reads the site's playground.json. Call once, before the first render.
 */
import { appDirectory } from '../../core/hosting';
import { i18n } from '../../i18n';
import { useHostingStore } from '../../state/hosting';
import { installDemoGate, type DemoMode } from './demo-gate';
import { removeDemoWorker, startDemoWorker } from './demo-worker';
import { serverHasDemo } from './server-probe';
import { applySiteConfig, fetchSiteConfig } from './site-config';

const CONNECTION_STORAGE_KEY = 'rp.connection';

export interface HostingEnvironment {
  pageHref: string;
  fetch: typeof fetch;
  serviceWorker: ServiceWorkerContainer | undefined;
  storage: Storage | undefined;
}

function browserEnvironment(): HostingEnvironment {
  let storage: Storage | undefined;
  try {
    storage = window.localStorage;
  } catch {
    storage = undefined; // blocked storage (some privacy settings)
  }
  return {
    pageHref: window.location.href,
    fetch: window.fetch.bind(window),
    // Absent in some private modes and on non-secure origins (http:// other than localhost).
    serviceWorker: 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
    storage,
  };
}

/** Starts hosting detection and the site config; resolves once both are done (tests await it). */
export function startHosting(env: HostingEnvironment = browserEnvironment()): Promise<void> {
  const appDir = appDirectory(env.pageHref);
  // Read before anything is stored this visit.
  const firstVisit = env.storage?.getItem(CONNECTION_STORAGE_KEY) == null;
  const detected = detectDemo(env, appDir);
  installDemoGate(
    appDir,
    detected.then(({ mode }) => mode),
  );
  const demo = detected.then(({ mode, reason }) => useHostingStore.getState().setDemo(mode.kind, reason));
  const config = fetchSiteConfig(env.fetch, appDir).then((result) => {
    if (!result.ok) useHostingStore.getState().setSiteConfigProblems(result.error);
    else if (result.value) applySiteConfig(result.value, firstVisit, env.storage);
  });
  return Promise.all([demo, config]).then(() => undefined);
}

async function detectDemo(
  env: HostingEnvironment,
  appDir: string,
): Promise<{ mode: DemoMode; reason?: string }> {
  if (await serverHasDemo(env.fetch, appDir)) {
    await removeDemoWorker(env.serviceWorker, appDir);
    return { mode: { kind: 'server' } };
  }
  const started = await startDemoWorker(env.serviceWorker, appDir);
  if (started.ok) return { mode: { kind: 'browser' } };
  const reason = started.error ?? i18n.t('hosting:noServiceWorker');
  return {
    mode: { kind: 'unavailable', message: i18n.t('hosting:demoUnavailableError', { reason }) },
    reason,
  };
}
