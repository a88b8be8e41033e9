/**
 * What opening a link needs (the link formats, Compare, the presets' replace-and-undo): its own
 * chunk, loaded only when the page has a link in its hash (deep-link.ts).
 */
import { parseDeepLink } from '../core/presets/deep-link';
import { decodeShareHash, type SharedRequest } from '../core/presets/share-link';
import type { Result } from '../core/result';
import type { Said } from '../core/said';
import { openSharedComparison } from '../features/compare';
import { replaceRequest } from '../features/presets';
import { i18n } from '../i18n';

/** The link in `hash`, read: `undefined` when there is none; its title says which kind it was. */
export async function readLink(
  hash: string,
): Promise<Result<{ title: string; link: SharedRequest } | undefined, Said>> {
  if (/(?:^#|&)share=/.test(hash)) {
    const result = await decodeShareHash(hash);
    if (!result.ok || !result.value) return result.ok ? { ok: true, value: undefined } : result;
    return { ok: true, value: { title: i18n.t('app:shareLinkOpened'), link: result.value } };
  }
  const result = parseDeepLink(hash);
  if (!result.ok || !result.value) return result.ok ? { ok: true, value: undefined } : result;
  return { ok: true, value: { title: i18n.t('app:linkOpened'), link: result.value } };
}

/** Replaces the request with the link's (and opens its comparison, if it has one). */
export function openLink(title: string, link: SharedRequest): void {
  replaceRequest({ title, requestText: link.requestText, baseUrl: link.baseUrl, tests: link.tests });
  if (link.compare) openSharedComparison(link.compare);
}
