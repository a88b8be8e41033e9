/**
 * The part of hosting start-up that must run before the first paint, and is small: the demo gate
 * (requests to the demo wait until the page knows who answers them) and whether this is the first
 * visit (read before anything is stored). The rest (`hosting.ts`) starts after the first paint.
 */
import { appDirectory } from '../../core/hosting/app-location';
import { installDemoGate, type DemoMode } from './demo-gate';

const CONNECTION_STORAGE_KEY = 'rp.connection';

export interface HostingEnvironment {
  pageHref: string;
  fetch: typeof fetch;
  serviceWorker: ServiceWorkerContainer | undefined;
  storage: Storage | undefined;
}

/** What `startHosting` continues from. */
export interface HostingStart {
  env: HostingEnvironment;
  appDir: string;
  firstVisit: boolean;
  /** Tells the gate who answers the demo (once). */
  settleDemo: (mode: Promise<DemoMode>) => void;
}

export function browserEnvironment(): HostingEnvironment {
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

/** Holds demo requests from now on, until `settleDemo` says who answers them. */
export function prepareHosting(env: HostingEnvironment = browserEnvironment()): HostingStart {
  const appDir = appDirectory(env.pageHref);
  // Read before anything is stored this visit.
  const firstVisit = env.storage?.getItem(CONNECTION_STORAGE_KEY) == null;
  let settle: (mode: Promise<DemoMode>) => void = () => undefined;
  const mode = new Promise<DemoMode>((resolve) => {
    settle = (known) => resolve(known);
  });
  // The fetch gate captures fetch now: later wrappers (none today) would sit outside it.
  installDemoGate(appDir, mode);
  return { env, appDir, firstVisit, settleDemo: settle };
}
