import { isProxyHealth, PROXY_HEALTH_PATH } from '../../core/endpoints/proxy-route';
import { useConnectionStore } from './connection-store';

let started = false;

/**
 * Asks the page's own server whether it has the local proxy (`npm start` does; Vite's dev server
 * answers index.html instead). Runs once per page load.
 */
export function detectProxy(): void {
  if (started) return;
  started = true;
  const { setProxyStatus } = useConnectionStore.getState();
  fetch(PROXY_HEALTH_PATH, { cache: 'no-store', credentials: 'same-origin' })
    .then(async (res) => (res.ok ? ((await res.json()) as unknown) : undefined))
    .then((body) => setProxyStatus(isProxyHealth(body) ? 'available' : 'unavailable'))
    .catch(() => setProxyStatus('unavailable'));
}
