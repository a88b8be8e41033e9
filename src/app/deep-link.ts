import { useEffect, useState } from 'react';
import { parseDeepLink } from '../core/presets/deep-link';
import { useConnectionStore } from '../features/connection';
import { useWorkspaceStore } from '../features/workspace';

/**
 * Opens `#request=…&base_url=…` links: a valid one replaces the request (and base URL), an invalid
 * one changes nothing and returns its error. The hash is cleared after use, so a reload never
 * overwrites edits made since.
 */
export function useDeepLink(): [string | undefined, () => void] {
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    const apply = () => {
      const result = parseDeepLink(window.location.hash);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      if (!result.value) return;
      setError(undefined);
      useWorkspaceStore.getState().setRequestText(result.value.requestText);
      if (result.value.baseUrl) useConnectionStore.getState().setBaseUrl(result.value.baseUrl);
      history.replaceState(null, '', window.location.pathname + window.location.search);
    };
    apply();
    window.addEventListener('hashchange', apply);
    return () => window.removeEventListener('hashchange', apply);
  }, []);
  return [error, () => setError(undefined)];
}
