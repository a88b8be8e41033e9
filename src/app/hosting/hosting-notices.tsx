import { useTranslation } from 'react-i18next';
import { InlineCode } from '../../components/ui/inline-code';
import { saidText } from '../../i18n';
import { useHostingStore } from '../../state/hosting';

const ALERT = 'mx-4 mt-3 flex items-start gap-2 rounded border p-2 text-sm';

/** Alerts from start-up: the demo cannot run in this browser; the site's playground.json is broken. */
export function HostingNotices() {
  const { t } = useTranslation('hosting');
  const { t: common } = useTranslation('common');
  const { demo, demoProblem, siteConfigProblems, demoDismissed, configDismissed } = useHostingStore();
  return (
    <>
      {demo === 'unavailable' && !demoDismissed && (
        <div role="alert" className={`${ALERT} border-amber-500 bg-amber-50 text-amber-950`}>
          <div className="flex-1">
            <p className="font-semibold">{t('demoUnavailableTitle')}</p>
            <p>
              <InlineCode text={t('demoUnavailableBody', { reason: demoProblem ?? t('noServiceWorker') })} />
            </p>
          </div>
          <button
            type="button"
            className="underline"
            onClick={() => useHostingStore.getState().dismiss('demo')}
          >
            {common('dismiss')}
          </button>
        </div>
      )}
      {siteConfigProblems && !configDismissed && (
        <div role="alert" className={`${ALERT} border-red-400 bg-red-50 text-red-950`}>
          <div className="flex-1">
            <p className="font-semibold">{t('siteConfigTitle')}</p>
            <p>{t('siteConfigBody')}</p>
            <ul className="list-disc pl-5">
              {siteConfigProblems.map((problem, i) => (
                <li key={i}>
                  <InlineCode text={saidText(problem)} />
                </li>
              ))}
            </ul>
          </div>
          <button
            type="button"
            className="underline"
            onClick={() => useHostingStore.getState().dismiss('config')}
          >
            {common('dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
