import { lazy, Suspense, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { DEMO_PROFILE_ID } from '../../core/endpoints/profile';
import { selectActiveProfile, selectUsesProxy, useConnectionStore } from '../../state/connection';
import { ApiKeyField, KeyNotKeptNotice } from './api-key-field';
import { useRequestModel } from './use-request-model';
import { ProfileSettings } from './profile-settings';
import { ProfileSwitcher } from './profile-switcher';
import { useHostingStore } from '../../state/hosting';
import { InlineCode } from '../../components/ui/inline-code';
import { CorsAdvice, ProxyToggle } from './proxy-toggle';

// The endpoint doctor (probes, their reports) loads after the first paint, in its own chunk.
// The model picker brings react-query and the combobox: right after the first paint, in its own
// chunk; a stand-in of the same size shows the request's model meanwhile.
const ModelPicker = lazy(() => import('./model-picker').then((m) => ({ default: m.ModelPickerWithQueries })));
const DoctorPanel = lazy(() => import('./doctor-panel').then((m) => ({ default: m.DoctorPanel })));

/** Endpoint profile, base URL, API key (scoped to profile and base URL), model, proxy, settings and doctor. */
export function ConnectionPanel() {
  const { baseUrl, rememberKeys, isDemo, proxied, proxy } = useConnectionStore(
    useShallow((s) => ({
      baseUrl: s.baseUrl,
      rememberKeys: s.rememberKeys,
      isDemo: selectActiveProfile(s).builtIn === true,
      proxied: selectUsesProxy(s),
      proxy: s.proxy,
    })),
  );
  const demoHost = useHostingStore((s) => s.demo);
  const { t } = useTranslation('hosting');
  const { t: tc } = useTranslation('connection');
  const { setBaseUrl, setRememberKeys, selectProfile } = useConnectionStore.getState();
  const id = useId();
  const keyInput = useRef<HTMLInputElement>(null);

  return (
    <section aria-label={tc('region')} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-start gap-3">
        <ProfileSwitcher />
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <label htmlFor={`${id}-base`} className="text-sm font-medium">
            {tc('baseUrl')}
          </label>
          <input
            id={`${id}-base`}
            type="url"
            spellCheck={false}
            className="rounded border border-slate-400 bg-white px-2 py-1 font-mono text-sm read-only:bg-slate-100"
            value={baseUrl}
            onChange={(e) => setBaseUrl(e.target.value)}
            placeholder="https://api.openai.com/v1"
            title={isDemo ? tc('baseUrlDemoTitle') : undefined}
          />
        </div>
        <ApiKeyField describedBy={`${id}-key-note`} isDemo={isDemo} inputRef={keyInput} />
        <Suspense fallback={<ModelStandIn />}>
          <ModelPicker />
        </Suspense>
        {!isDemo && (
          <button
            type="button"
            className="mt-6 rounded border border-slate-400 bg-white px-2 py-1 text-sm hover:bg-slate-100"
            onClick={() => selectProfile(DEMO_PROFILE_ID)}
          >
            {tc('useDemo')}
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
              ? tc('notes.proxied')
              : tc('notes.direct')}
        </span>
        <label className="inline-flex items-center gap-1">
          <input type="checkbox" checked={rememberKeys} onChange={(e) => setRememberKeys(e.target.checked)} />
          {tc('rememberKeys')}
        </label>
        <ProxyToggle />
        {proxy === 'unavailable' && !isDemo && (
          <span>
            <InlineCode text={t('proxyOnlyLocal')} />
          </span>
        )}
      </div>
      <KeyNotKeptNotice keyInput={keyInput} />
      <CorsAdvice />
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-800">{tc('profileSettings')}</summary>
        <ProfileSettings />
      </details>
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-800">{tc('endpointDoctor')}</summary>
        <Suspense fallback={null}>
          <DoctorPanel />
        </Suspense>
      </details>
    </section>
  );
}

/** What the picker will look like, hidden from assistive technology until the real one is there. */
function ModelStandIn() {
  const { t } = useTranslation('connection');
  const { model } = useRequestModel();
  return (
    <div aria-hidden="true" className="flex w-60 flex-col gap-1">
      <span className="text-sm font-medium text-ink">{t('model.label')}</span>
      <div className="flex gap-1">
        <input
          disabled
          tabIndex={-1}
          value={model}
          readOnly
          className="min-w-0 flex-1 rounded border border-line-strong bg-surface px-2 py-1 font-mono text-sm text-ink"
        />
        <span className="rounded border border-line-strong px-2 py-0.5">↻</span>
      </div>
      <p className="text-xs text-ink-muted">&nbsp;</p>
    </div>
  );
}
