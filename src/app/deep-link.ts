import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { verbatim, type Said } from '../core/said';
import { saidText } from '../i18n';

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
    const apply = () => {
      const hash = window.location.hash;
      // Only a page opened with a link loads what reading one takes (its own chunk).
      if (!/(?:^#|&)(?:share|request|base_url)(?:=|&|$)/.test(hash)) return;
      const ticket = ++latest;
      void import('./deep-link-open').then(
        async ({ openLink, readLink }) => {
          const result = await readLink(hash);
          // Links inflate asynchronously; a link opened meanwhile wins.
          if (ticket !== latest) return;
          if (!result.ok) return setError(result.error);
          if (!result.value) return;
          setError(undefined);
          openLink(result.value.title, result.value.link);
          clearHash();
        },
        (error: unknown) => {
          if (ticket === latest) setError(verbatim(error instanceof Error ? error.message : String(error)));
        },
      );
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
