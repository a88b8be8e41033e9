import { useShallow } from 'zustand/react/shallow';
import { selectActiveProfile, useConnectionStore } from '../../state/connection';
import { DoctorChecks } from './doctor-card';
import { useDoctor } from './use-doctor';
import { useRequestModel } from './use-request-model';

/** One click probes the active profile's base URL; the card is saved on the profile and used by the app. */
export function DoctorPanel() {
  const { profile, proxy } = useConnectionStore(
    useShallow((s) => ({ profile: selectActiveProfile(s), proxy: s.proxy })),
  );
  const { model } = useRequestModel();
  const doctor = useDoctor(model);
  const card = profile.doctor;
  const stale = card !== undefined && card.baseUrl !== profile.baseUrl;

  return (
    <section aria-label="Endpoint doctor" className="mt-2 flex flex-col gap-2 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className="rounded bg-slate-800 px-3 py-1 font-semibold text-white hover:bg-slate-900 disabled:bg-slate-400"
          onClick={doctor.run}
          disabled={doctor.running}
        >
          Check endpoint
        </button>
        {doctor.running && (
          <button
            type="button"
            className="rounded border border-slate-400 bg-white px-2 py-1 hover:bg-slate-100"
            onClick={doctor.stop}
          >
            Stop check
          </button>
        )}
        <span className="text-xs text-slate-700">
          Sends about seven small requests{model ? ` with model ${model}` : ''} (a few tokens), one after
          another.
        </span>
      </div>
      {doctor.running && (
        <div role="status" aria-live="polite">
          <p>Checking {profile.baseUrl}…</p>
          <DoctorChecks checks={doctor.progress} />
        </div>
      )}
      {!doctor.running && card && (
        <div className="flex flex-col gap-2 rounded border border-slate-300 bg-white p-2">
          <p className="text-xs text-slate-700">
            {card.baseUrl} · {new Date(card.checkedAt).toLocaleString()} ·{' '}
            {card.route === 'proxy' ? 'through the local proxy' : 'direct'}
            {card.model ? ` · model ${card.model}` : ''}
          </p>
          {stale && <p className="text-amber-900">This card is for another base URL; check again.</p>}
          <DoctorChecks checks={card.checks} />
          {!stale && card.advice.chainingMode === 'replay' && (
            <p>
              previous_response_id does not work here:{' '}
              {profile.chainingMode === 'auto'
                ? 'follow-ups replay the conversation.'
                : 'set Chaining mode to Replay or Automatic.'}
            </p>
          )}
          {!stale && card.advice.useProxy && !profile.useProxy && (
            <p>
              The browser cannot call this endpoint directly (CORS).{' '}
              {proxy === 'available' ? (
                <button
                  type="button"
                  className="rounded border border-slate-400 bg-white px-2 py-0.5 hover:bg-slate-100"
                  onClick={() => useConnectionStore.getState().updateProfile(profile.id, { useProxy: true })}
                >
                  Turn on the local proxy
                </button>
              ) : (
                <>Start the playground with npm start and tick Use local proxy.</>
              )}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
