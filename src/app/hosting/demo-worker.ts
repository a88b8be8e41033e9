/**
 * Starts the in-browser demo: registers `demo-sw.js` (built beside index.html) for the app's
 * directory and waits until it controls this page, so the first request already reaches it.
 */
import { DEMO_WORKER_CLAIM_MESSAGE, DEMO_WORKER_FILE } from '../../core/hosting';
import { err, ok, type Result } from '../../core/result';
/** How long to wait for the worker to take the page before saying the demo cannot run. */
const CONTROL_TIMEOUT_MS = 20_000;

/**
 * @param container `navigator.serviceWorker`, undefined where the browser has none (some private
 *   modes, non-secure origins)
 * @returns why it could not start, in the browser's words
 */
export async function startDemoWorker(
  container: ServiceWorkerContainer | undefined,
  appDir: string,
  timeoutMs = CONTROL_TIMEOUT_MS,
): Promise<Result<void, string | undefined>> {
  if (!container) return err(undefined);
  const scriptUrl = new URL(DEMO_WORKER_FILE, appDir).href;
  try {
    // updateViaCache 'none': every load checks the script itself, so a new build replaces the worker.
    await container.register(scriptUrl, { scope: appDir, updateViaCache: 'none' });
    await controlledBy(container, scriptUrl, timeoutMs);
    return ok(undefined);
  } catch (error) {
    return err(error instanceof Error ? error.message : String(error));
  }
}

/** Our worker controls the page: now, once it activates (it claims open pages), or when asked to. */
function controlledBy(
  container: ServiceWorkerContainer,
  scriptUrl: string,
  timeoutMs: number,
): Promise<void> {
  const ours = () => container.controller?.scriptURL === scriptUrl;
  if (ours()) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const check = () => {
      if (!ours()) return;
      clearTimeout(timer);
      container.removeEventListener('controllerchange', check);
      resolve();
    };
    const timer = setTimeout(() => {
      container.removeEventListener('controllerchange', check);
      reject(new Error('the demo Service Worker did not take control of the page'));
    }, timeoutMs);
    container.addEventListener('controllerchange', check);
    // After a hard reload an active worker leaves the page alone until asked to claim it.
    void container.ready.then((registration) => {
      if (registration.active?.scriptURL === scriptUrl)
        registration.active.postMessage(DEMO_WORKER_CLAIM_MESSAGE);
      check();
    });
  });
}

/** Removes an in-browser demo left from an earlier visit, now that a real server answers the demo. */
export async function removeDemoWorker(
  container: ServiceWorkerContainer | undefined,
  appDir: string,
): Promise<void> {
  const registration = await container?.getRegistration(appDir).catch(() => undefined);
  const scriptUrl = new URL(DEMO_WORKER_FILE, appDir).href;
  const worker = registration?.active ?? registration?.waiting ?? registration?.installing;
  if (registration && worker?.scriptURL === scriptUrl) await registration.unregister().catch(() => false);
}
