import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { InlineCode } from '../../components/ui/inline-code';
import { useRunStore } from '../../state/run';
import { selectActiveProfile, useConnectionStore } from '../../state/connection';

/** Checkbox "Use local proxy", offered only when the page is served by `npm start`. */
export function ProxyToggle() {
  const { proxy, profile } = useConnectionStore(
    useShallow((s) => ({ proxy: s.proxy, profile: selectActiveProfile(s) })),
  );
  if (proxy !== 'available') return null;
  return (
    <label
      className="inline-flex items-center gap-1 text-sm"
      title="Requests go through the playground's own server, for endpoints that send no CORS headers"
    >
      <input
        type="checkbox"
        checked={profile.useProxy}
        onChange={(e) =>
          useConnectionStore.getState().updateProfile(profile.id, { useProxy: e.target.checked })
        }
      />
      Use local proxy
    </label>
  );
}

/**
 * After a request failed without reaching the server (a CORS refusal looks exactly like that), say
 * what the proxy would do and offer it; where there is no proxy (a static host, a dev server), name
 * the two ways out: an endpoint with CORS headers, or the playground run locally with `npm start`.
 */
export function CorsAdvice() {
  const { t } = useTranslation('hosting');
  const failed = useRunStore((s) => s.view.error?.kind === 'network' && s.view.httpStatus === undefined);
  const { proxy, profile } = useConnectionStore(
    useShallow((s) => ({ proxy: s.proxy, profile: selectActiveProfile(s) })),
  );
  if (!failed || profile.builtIn || profile.useProxy) return null;
  return (
    <div className="rounded border border-amber-500 bg-amber-50 p-2 text-sm text-amber-950">
      {proxy === 'available' ? (
        <>
          The browser could not reach this endpoint. If it sends no CORS headers (many relays do not), the
          browser blocks every request from this page. The local proxy sends requests from the playground’s
          own server instead.{' '}
          <button
            type="button"
            className="rounded border border-amber-700 bg-white px-2 py-0.5 hover:bg-amber-100"
            onClick={() => useConnectionStore.getState().updateProfile(profile.id, { useProxy: true })}
          >
            Turn on the local proxy
          </button>
        </>
      ) : (
        <InlineCode text={t('corsWaysOut')} />
      )}
    </div>
  );
}
