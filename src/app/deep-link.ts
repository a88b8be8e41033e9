import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDeepLink } from '../core/presets/deep-link';
import { decodeShareHash, type SharedRequest } from '../core/presets/share-link';
import { openSharedComparison } from '../features/compare';
import { replaceRequest } from '../features/presets';
import type { Said } from '../core/said';
import { i18n, saidText } from '../i18n';

/**
 * Opens links: `#request=…&base_url=…` (plain base64url JSON, the contract's deep link for docs
 * authors) and `#share=…` (compressed, made by Share). A valid one replaces the request (and the
 * base URL, through the connection's link path) and a notice says what came in, with Undo; nothing
 * is ever sent. An invalid one changes nothing and returns its error. The hash is cleared after
 * use, so a reload never overwrites edits made since. The error is worded in the UI language (again
 * when it changes).
 */
export function useDeepLink(): [string | undefined, () => void] {
  useTranslation(); // re-render, and re-word the error, when the language changes
  const [error, setError] = useState<Said | undefined>();
  useEffect(() => {
    let latest = 0;
    const clearHash = () => history.replaceState(null, '', window.location.pathname + window.location.search);
    const open = (title: string, link: SharedRequest) => {
      setError(undefined);
      replaceRequest({ title, requestText: link.requestText, baseUrl: link.baseUrl, tests: link.tests });
      if (link.compare) openSharedComparison(link.compare);
      clearHash();
    };
    const apply = () => {
      const ticket = ++latest;
      const hash = window.location.hash;
      if (/(?:^#|&)share=/.test(hash)) {
        // Share links inflate asynchronously; a link opened meanwhile wins.
        void decodeShareHash(hash).then((result) => {
          if (ticket !== latest) return;
          if (!result.ok) setError(result.error);
          else if (result.value) open(i18n.t('app:shareLinkOpened'), result.value);
        });
        return;
      }
      const result = parseDeepLink(hash);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      if (result.value) open(i18n.t('app:linkOpened'), result.value);
    };
    apply();
    window.addEventListener('hashchange', apply);
    return () => {
      latest++;
      window.removeEventListener('hashchange', apply);
    };
  }, []);
  // Shown as plain text (app.tsx), so without the catalogue's code backticks.
  return [error && saidText(error).replace(/`/g, ''), () => setError(undefined)];
}
