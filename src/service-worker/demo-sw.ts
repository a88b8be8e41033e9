/**
 * The in-browser demo backend: a Service Worker, scoped to the app's directory, that runs the very
 * handler `npm start` serves (server/demo) for requests to `{app dir}demo/…` and for nothing else.
 * Built by Vite as `demo-sw.js` beside index.html (server/vite-service-worker.ts); registered by the
 * page only when no server of ours is there (src/app/hosting).
 *
 * Updates: the page registers it with `updateViaCache: 'none'`, so the browser checks the script on
 * every load; a changed script installs, skips waiting and claims the open pages at once. It caches
 * nothing: the app itself always comes from the host, so a new build is never hidden behind it.
 */
import { createDemoBackend } from '../../server/demo';
import { idbStoreBackend } from './idb-backend';
import { DEMO_WORKER_CLAIM_MESSAGE } from '../core/hosting/app-location';
import { answersRequest, demoBasePath, whenBodyEnds } from './demo-routing';
import { PersistentResponseStore } from './persistent-store';

declare const self: ServiceWorkerGlobalScope;

const scope = self.registration.scope;
const store = new PersistentResponseStore(
  idbStoreBackend(`responses-playground-demo:${new URL(scope).pathname}`),
);
// Without storage (some private modes) the demo still answers, from memory only.
const loaded = store.load().catch(() => undefined);
const backend = createDemoBackend({ basePath: demoBasePath(scope), store });

self.addEventListener('install', () => {
  void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('message', (event) => {
  if (event.data === DEMO_WORKER_CLAIM_MESSAGE) event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  if (!answersRequest(event.request, scope)) return; // the network, as if we were not here
  let ended: () => void = () => undefined;
  // Stay alive until the answer has been read and the finished response saved.
  event.waitUntil(new Promise<void>((resolve) => (ended = resolve)).then(() => store.flush()));
  event.respondWith(
    loaded
      .then(() => backend(event.request))
      .then((response) => whenBodyEnds(response, ended))
      .catch((error: unknown) => {
        ended();
        throw error;
      }),
  );
});
