import { useQuery } from '@tanstack/react-query';
import { useShallow } from 'zustand/react/shallow';
import { endpointUrl } from '../../core/api/endpoint-url';
import { listModels } from '../../core/api/list-models';
import { keyScope } from '../../core/endpoints';
import type { RunError } from '../../core/response/types';
import type { Result } from '../../core/result';
import { selectApiKey, selectEndpoint, selectUsesProxy, useConnectionStore } from '../../state/connection';

/** A short, non-reversible tag of the key, so a new key refetches without the key sitting in the cache key. */
function keyTag(key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return key ? (hash >>> 0).toString(36) : '';
}

/**
 * `GET /v1/models` of the active endpoint through TanStack Query, keyed by base URL (plus profile,
 * route and a tag of the key). Off until `enabled`: fetching on every keystroke in Base URL would
 * send the key to half-typed hosts.
 */
export function useModelList(enabled: boolean) {
  const { baseUrl, profileId, proxied, tag } = useConnectionStore(
    useShallow((s) => ({
      baseUrl: s.baseUrl,
      profileId: s.activeProfileId,
      proxied: selectUsesProxy(s),
      tag: keyTag(selectApiKey(s)),
    })),
  );
  const valid = endpointUrl(baseUrl, '/models').ok;
  const query = useQuery<Result<string[], RunError>>({
    queryKey: ['models', keyScope(baseUrl), { profileId, proxied, tag }],
    queryFn: ({ signal }) => {
      const state = useConnectionStore.getState();
      // The query runs a moment after it was keyed; if the profile or base URL changed meanwhile (a
      // link, a site's playground.json), never ask the new endpoint under the old one's name.
      if (state.activeProfileId !== profileId || state.baseUrl !== baseUrl)
        return Promise.reject(new Error('the endpoint changed before the model list was fetched'));
      return listModels(selectEndpoint(state), signal);
    },
    enabled: enabled && valid,
    staleTime: 5 * 60_000,
    retry: false,
  });
  const result = query.data;
  return {
    models: result?.ok ? result.value : undefined,
    error: result && !result.ok ? result.error : undefined,
    fetching: query.isFetching,
    refetch: () => void query.refetch(),
  };
}
