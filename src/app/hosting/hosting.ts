/**
 * Start-up for "hosted anywhere": finds who answers the built-in demo (our server, or the in-browser
 * demo on a static host), and reads the site's playground.json. Called once, after the first paint
 * (runtime-later.ts); `prepareHosting` (hosting-start.ts) holds demo requests until then.
 */
import { i18n } from '../../i18n';
import { useHostingStore } from '../../state/hosting';
import type { DemoMode } from './demo-gate';
import { removeDemoWorker, startDemoWorker } from './demo-worker';
import { prepareHosting, type HostingEnvironment, type HostingStart } from './hosting-start';
import { serverHasDemo } from './server-probe';
import { applySiteConfig, fetchSiteConfig } from './site-config';

export type { HostingEnvironment } from './hosting-start';

/**
 * Starts hosting detection and the site config; resolves once both are done (tests await it).
 * `start` is what ran before the first paint (the demo gate, the first-visit flag).
 */
export function startHosting(start: HostingStart = prepareHosting()): Promise<void> {
  const { env, appDir, firstVisit } = start;
  const detected = detectDemo(env, appDir);
  start.settleDemo(detected.then(({ mode }) => mode));
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
