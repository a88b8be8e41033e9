import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '../../components/ui/button';
import { InlineCode } from '../../components/ui/inline-code';
import { useRunStore } from '../../state/run';
import { selectActiveProfile, useConnectionStore } from '../../state/connection';

/** Checkbox "Use local proxy", offered only when the page is served by `npm start`. */
export function ProxyToggle() {
  const { t } = useTranslation('connection');
  const { proxy, profile } = useConnectionStore(
    useShallow((s) => ({ proxy: s.proxy, profile: selectActiveProfile(s) })),
  );
  if (proxy !== 'available') return null;
  return (
    <label className="inline-flex items-center gap-1 text-sm" title={t('proxy.title')}>
      <input
        type="checkbox"
        checked={profile.useProxy}
        onChange={(e) =>
          useConnectionStore.getState().updateProfile(profile.id, { useProxy: e.target.checked })
        }
      />
      {t('proxy.label')}
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
  const { t: tc } = useTranslation('connection');
  const failed = useRunStore((s) => s.view.error?.kind === 'network' && s.view.httpStatus === undefined);
  const { proxy, profile } = useConnectionStore(
    useShallow((s) => ({ proxy: s.proxy, profile: selectActiveProfile(s) })),
  );
  if (!failed || profile.builtIn || profile.useProxy) return null;
  return (
    <div className="rounded border border-amber-500 bg-amber-50 p-2 text-sm text-amber-950">
      {proxy === 'available' ? (
        <>
          {tc('proxy.advice')}{' '}
          <Button
            size="inherit"
            onClick={() => useConnectionStore.getState().updateProfile(profile.id, { useProxy: true })}
          >
            {tc('proxy.turnOn')}
          </Button>
        </>
      ) : (
        <InlineCode text={t('corsWaysOut')} />
      )}
    </div>
  );
}
