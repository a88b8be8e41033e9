import { SITE_CONFIG_MESSAGES } from '../../core/hosting/site-config-messages';

/** Hosting anywhere: the in-browser demo, playground.json, the proxy only where it exists. */
export const hosting = {
  demoUnavailableTitle: 'The demo backend cannot run in this browser',
  demoUnavailableBody:
    'This copy of the playground is on a static host, where the built-in demo runs inside the browser as a Service Worker, and this browser does not allow one here ({{reason}}). Other base URLs work as usual. To try the demo, run the playground on your computer with `npm start`.',
  demoUnavailableError:
    'The demo backend cannot run in this browser ({{reason}}): on a static host it needs a Service Worker. Run the playground on your computer with `npm start` to use the demo, or pick another base URL.',
  noServiceWorker: 'no Service Worker support',
  siteConfigTitle: 'This site’s playground.json was ignored',
  siteConfigBody: 'Its defaults were not applied because of these problems:',
  sitePresets: 'Presets from this site',
  demoNoteServer: 'The built-in demo backend answers without a key, on this machine.',
  demoNoteBrowser: 'The built-in demo backend answers without a key, inside this browser.',
  corsWaysOut:
    'The browser could not reach this endpoint. If it sends no CORS headers (many relays do not), the browser blocks every request from this page. Two ways out: use an endpoint that sends CORS headers for this page, or run the playground on your computer with `npm start`, which has a local proxy (tick “Use local proxy”).',
  proxyOnlyLocal: 'Local proxy: only when the playground runs on your computer (`npm start`).',
  /** The core's table (src/core/hosting/site-config-messages.ts). */
  configProblem: SITE_CONFIG_MESSAGES,
};
