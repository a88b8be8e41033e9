import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { DEMO_PROFILE_ID } from '../../core/endpoints';
import {
  selectActiveProfile,
  selectApiKey,
  selectUsesProxy,
  useConnectionStore,
} from '../../state/connection';
import { ModelPicker } from './model-picker';
import { ProfileSettings } from './profile-settings';
import { ProfileSwitcher } from './profile-switcher';
import { useHostingStore } from '../../state/hosting';
import { InlineCode } from '../../components/ui/inline-code';
import { CorsAdvice, ProxyToggle } from './proxy-toggle';

// The endpoint doctor (probes, their reports) loads after the first paint, in its own chunk.
const DoctorPanel = lazy(() => import('./doctor-panel').then((m) => ({ default: m.DoctorPanel })));

/** Endpoint profile, base URL, API key (scoped to profile and base URL), model, proxy, settings and doctor. */
export function ConnectionPanel() {
  const { baseUrl, apiKey, rememberKeys, isDemo, proxied, proxy } = useConnectionStore(
    useShallow((s) => ({
      baseUrl: s.baseUrl,
      apiKey: selectApiKey(s),
      rememberKeys: s.rememberKeys,
      isDemo: selectActiveProfile(s).builtIn === true,
      proxied: selectUsesProxy(s),
      proxy: s.proxy,
    })),
  );
  const demoHost = useHostingStore((s) => s.demo);
  const { t } = useTranslation('hosting');
  const { setBaseUrl, setApiKey, setRememberKeys, selectProfile } = useConnectionStore.getState();
  const id = useId();

  return (
    <section aria-label="Connection" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-start gap-3">
        <ProfileSwitcher />
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <label htmlFor={`${id}-base`} className="text-sm font-medium">
            Base URL
          </label>
          <input
            id={`${id}-base`}
            type="url"
            spellCheck={false}
            className="rounded border border-slate-400 bg-white px-2 py-1 font-mono text-sm read-only:bg-slate-100"
            value={baseUrl}
            onChange={(e) => setBaseUrl(e.target.value)}
            placeholder="https://api.openai.com/v1"
            title={
              isDemo ? 'Typing another URL starts a new profile; the demo stays in the list.' : undefined
            }
          />
        </div>
        <div className="flex w-64 flex-col gap-1">
          <label htmlFor={`${id}-key`} className="text-sm font-medium">
            API key
          </label>
          <input
            id={`${id}-key`}
            type="password"
            autoComplete="off"
            spellCheck={false}
            className="rounded border border-slate-400 bg-white px-2 py-1 font-mono text-sm"
            value={apiKey}
            onChange={(e) => setApiKey(e.target.value)}
            placeholder={isDemo ? 'not needed for the demo' : 'sk-…'}
            aria-describedby={`${id}-key-note`}
          />
        </div>
        <ModelPicker />
        {!isDemo && (
          <button
            type="button"
            className="mt-6 rounded border border-slate-400 bg-white px-2 py-1 text-sm hover:bg-slate-100"
            onClick={() => selectProfile(DEMO_PROFILE_ID)}
          >
            Use demo backend
          </button>
        )}
      </div>
      <div
        id={`${id}-key-note`}
        className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-700"
      >
        <span>
          {isDemo
            ? t(
                demoHost === 'browser'
                  ? 'demoNoteBrowser'
                  : demoHost === 'unavailable'
                    ? 'demoUnavailableTitle'
                    : 'demoNoteServer',
              )
            : proxied
              ? 'Requests go through the local proxy of this playground’s server to this base URL; the key is sent only there.'
              : 'The key belongs to this profile and base URL and is sent only there, as Authorization: Bearer.'}
        </span>
        <label className="inline-flex items-center gap-1">
          <input type="checkbox" checked={rememberKeys} onChange={(e) => setRememberKeys(e.target.checked)} />
          Remember API keys on this device
        </label>
        <ProxyToggle />
        {proxy === 'unavailable' && !isDemo && (
          <span>
            <InlineCode text={t('proxyOnlyLocal')} />
          </span>
        )}
      </div>
      <CorsAdvice />
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-800">Profile settings</summary>
        <ProfileSettings />
      </details>
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-800">Endpoint doctor</summary>
        <Suspense fallback={null}>
          <DoctorPanel />
        </Suspense>
      </details>
    </section>
  );
}
