/**
 * Where the app lives: the directory of the page (`https://host/any/path/`), whatever static host or
 * sub-path serves it. The demo backend, links and `playground.json` are all found relative to it.
 */

/** The path, under the app's directory, where the demo backend answers (`{dir}demo/v1/responses`). */
export const DEMO_DIR = 'demo/';

/** Request header on the start-up probe: the in-browser demo lets it through to the real server. */
export const SERVER_PROBE_HEADER = 'x-playground-probe';

/** The in-browser demo's script, beside index.html (its scope is the app's directory). */
export const DEMO_WORKER_FILE = 'demo-sw.js';

/** What a page not controlled yet (after a hard reload) sends the active demo worker: claim me. */
export const DEMO_WORKER_CLAIM_MESSAGE = 'responses-playground:claim';

/**
 * The directory URL of a page (origin + path up to and including the last `/`), without query or hash.
 *
 * @param pageHref the page's URL, e.g. `https://u.github.io/repo/index.html?x#share=…`
 * @returns e.g. `https://u.github.io/repo/`
 */
export function appDirectory(pageHref: string): string {
  const url = new URL(pageHref);
  url.search = '';
  url.hash = '';
  url.pathname = url.pathname.replace(/[^/]*$/, '');
  return url.href;
}

/** The demo backend's base URL for an app in `appDir`: `{appDir}demo/v1` (`/demo/v1` at the root). */
export function demoBaseUrl(appDir: string): string {
  return new URL(`${DEMO_DIR}v1`, appDir).href;
}

/**
 * True when `url` is the demo backend of the app in `appDir` (`{appDir}demo` or anything under
 * `{appDir}demo/`): only those requests may be answered by the in-browser demo.
 */
export function isDemoUrl(url: string, appDir: string): boolean {
  let target: URL;
  let dir: URL;
  try {
    target = new URL(url);
    dir = new URL(appDir);
  } catch {
    return false;
  }
  if (target.origin !== dir.origin) return false;
  const demoPath = `${dir.pathname}${DEMO_DIR}`;
  return target.pathname === demoPath.slice(0, -1) || target.pathname.startsWith(demoPath);
}

/**
 * A link that opens this page with `hash` (share links, deep links): the page's own URL, sub-path
 * and query included, its current hash replaced.
 */
export function pageLink(pageHref: string, hash: string): string {
  const url = new URL(pageHref);
  url.hash = '';
  return `${url.href}${hash.startsWith('#') || hash === '' ? hash : `#${hash}`}`;
}
