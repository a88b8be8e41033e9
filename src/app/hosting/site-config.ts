/**
 * `playground.json` beside index.html: a self-hoster's first-visit defaults. Read once at start-up;
 * no file (404, or a host that answers index.html for every path) means no defaults; a broken file
 * is reported and ignored. What a visitor chose wins: profiles are offered once each (one the
 * visitor deleted does not come back), and only a first visit gets the first profile made active and
 * the default model written into the untouched default request.
 */
import { DEFAULT_REQUEST_TEXT } from '../../core/request/default-request';
import { setRequestField } from '../../core/request/edit-request';
import { parseSiteConfig, SITE_CONFIG_FILE, SITE_CONFIG_LIMITS, type SiteConfig } from '../../core/hosting';
import { err, ok, type Result } from '../../core/result';
import { said, type Said } from '../../core/said';
import { offerSitePresets } from '../../features/presets';
import { DEMO_PROFILE_ID } from '../../core/endpoints';
import { useConnectionStore } from '../../state/connection';
import { useWorkspaceStore } from '../../state/workspace';

/** Remembers which offered profiles this browser has already been given. */
export const OFFERED_STORAGE_KEY = 'rp.hosting.offered';

/**
 * Fetches and reads the site's `playground.json`.
 *
 * @returns the config; `undefined` when the site has none; the problems when it is broken
 */
export async function fetchSiteConfig(
  fetchImpl: typeof fetch,
  appDir: string,
): Promise<Result<SiteConfig | undefined, Said[]>> {
  let response: Response;
  try {
    response = await fetchImpl(new URL(SITE_CONFIG_FILE, appDir).href, {
      cache: 'no-cache',
      credentials: 'same-origin',
    });
  } catch {
    return ok(undefined); // offline: nothing to apply, nothing broken
  }
  if (response.status === 404 || response.status === 410) return ok(undefined);
  if (!response.ok)
    return err([said('siteConfig', 'httpError', { file: SITE_CONFIG_FILE, status: response.status })]);
  // Hosts that answer every path with index.html have no file of ours here.
  if (/text\/html/i.test(response.headers.get('content-type') ?? '')) return ok(undefined);
  const text = await readCapped(response, SITE_CONFIG_LIMITS.fileChars);
  if (text === undefined)
    return err([said('siteConfig', 'tooLargeStreamed', { max: SITE_CONFIG_LIMITS.fileChars })]);
  const config = parseSiteConfig(text);
  return config.ok ? ok(config.value) : config;
}

/** The body as text, or undefined once it passes `limit` bytes (the rest is never downloaded). */
async function readCapped(response: Response, limit: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * Applies a site's defaults.
 *
 * @param firstVisit no connection settings were stored when the page loaded
 * @param storage where the offered profiles are remembered (localStorage)
 */
export function applySiteConfig(config: SiteConfig, firstVisit: boolean, storage: Storage | undefined): void {
  const offered = readOffered(storage);
  const connection = useConnectionStore.getState();
  // A visitor who already picked something (a link with a base URL, another profile) keeps it.
  const activate = firstVisit && connection.activeProfileId === DEMO_PROFILE_ID;
  const toOffer = activate ? config.profiles : config.profiles.filter((p) => !offered.has(offerKey(p)));
  if (toOffer.length > 0) connection.offerProfiles(toOffer, activate);
  if (config.profiles.length > 0)
    writeOffered(storage, new Set([...offered, ...config.profiles.map(offerKey)]));

  const workspace = useWorkspaceStore.getState();
  if (firstVisit && config.defaultModel && workspace.requestText === DEFAULT_REQUEST_TEXT)
    workspace.setRequestText(setRequestField(workspace.requestText, ['model'], config.defaultModel));
  if (config.presets.length > 0) offerSitePresets(config.presets);
}

const offerKey = (p: { name: string; baseUrl: string }) => `${p.name}\n${p.baseUrl}`;

function readOffered(storage: Storage | undefined): Set<string> {
  try {
    const saved = JSON.parse(storage?.getItem(OFFERED_STORAGE_KEY) ?? '[]') as unknown;
    return new Set(Array.isArray(saved) ? saved.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

function writeOffered(storage: Storage | undefined, offered: Set<string>): void {
  try {
    // Bounded: a site cannot offer more than 20 profiles at a time; keep the latest few hundred.
    storage?.setItem(OFFERED_STORAGE_KEY, JSON.stringify([...offered].slice(-500)));
  } catch {
    // Full or blocked storage: the profiles may be offered again next time, nothing is lost.
  }
}
