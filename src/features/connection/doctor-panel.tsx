import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '../../components/ui/button';
import { selectActiveProfile, useConnectionStore } from '../../state/connection';
import { DoctorChecks } from './doctor-card';
import { useDoctor } from './use-doctor';
import { useRequestModel } from './use-request-model';

/** One click probes the active profile's base URL; the card is saved on the profile and used by the app. */
export function DoctorPanel() {
  const { profile, proxy } = useConnectionStore(
    useShallow((s) => ({ profile: selectActiveProfile(s), proxy: s.proxy })),
  );
  const { t } = useTranslation('connection');
  const { model } = useRequestModel();
  const doctor = useDoctor(model);
  const card = profile.doctor;
  const stale = card !== undefined && card.baseUrl !== profile.baseUrl;

  return (
    <section aria-label={t('doctor.region')} className="mt-2 flex flex-col gap-2 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="primary" size="md" onClick={doctor.run} disabled={doctor.running}>
          {t('doctor.check')}
        </Button>
        {doctor.running && (
          <Button size="md" onClick={doctor.stop}>
            {t('doctor.stop')}
          </Button>
        )}
        <span className="text-xs text-slate-700">
          {model ? t('doctor.costWithModel', { model }) : t('doctor.cost')}
        </span>
      </div>
      {doctor.running && (
        <div role="status" aria-live="polite">
          <p>{t('doctor.checking', { url: profile.baseUrl })}</p>
          <DoctorChecks checks={doctor.progress} />
        </div>
      )}
      {!doctor.running && card && (
        <div className="flex flex-col gap-2 rounded border border-slate-300 bg-white p-2">
          <p className="text-xs text-slate-700">
            {card.baseUrl} · {new Date(card.checkedAt).toLocaleString()} ·{' '}
            {card.route === 'proxy' ? t('doctor.viaProxy') : t('doctor.direct')}
            {card.model ? ` · ${t('doctor.withModel', { model: card.model })}` : ''}
          </p>
          {stale && <p className="text-amber-900">{t('doctor.stale')}</p>}
          <DoctorChecks checks={card.checks} />
          {!stale && card.advice.chainingMode === 'replay' && (
            <p>
              {t('doctor.noChaining')}{' '}
              {profile.chainingMode === 'auto' ? t('doctor.noChainingAuto') : t('doctor.noChainingSet')}
            </p>
          )}
          {!stale && card.advice.useProxy && !profile.useProxy && (
            <p>
              {t('doctor.cors')}{' '}
              {proxy === 'available' ? (
                <Button
                  onClick={() => useConnectionStore.getState().updateProfile(profile.id, { useProxy: true })}
                >
                  {t('proxy.turnOn')}
                </Button>
              ) : (
                t('doctor.corsNoProxy')
              )}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
