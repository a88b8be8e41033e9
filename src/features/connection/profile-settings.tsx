import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { profileProblems, type ChainingMode } from '../../core/endpoints';
import { selectActiveProfile, selectChainingMode, useConnectionStore } from '../../state/connection';
import { HeaderRows } from './header-rows';

const CHAINING: { value: ChainingMode; label: string }[] = [
  { value: 'auto', label: 'Automatic (from the endpoint doctor)' },
  { value: 'server', label: 'previous_response_id (server keeps the conversation)' },
  { value: 'replay', label: 'Replay (resend the whole conversation)' },
];

/** Name, chaining mode, notes and extra headers of the active profile; duplicate and delete. */
export function ProfileSettings() {
  const profile = useConnectionStore(selectActiveProfile);
  const effective = useConnectionStore(selectChainingMode);
  const { updateProfile, addProfile, removeProfile } = useConnectionStore.getState();
  const id = useId();
  const problems = profileProblems(profile);
  const { t } = useTranslation('responsesApi');
  const input = 'rounded border border-slate-400 bg-white px-2 py-1 text-sm';

  return (
    <div className="mt-2 grid gap-3 text-sm md:grid-cols-2">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-name`} className="font-medium">
          Profile name
        </label>
        <input
          id={`${id}-name`}
          className={input}
          value={profile.builtIn ? 'Demo backend' : profile.name}
          disabled={profile.builtIn}
          placeholder="e.g. Company relay"
          onChange={(e) => updateProfile(profile.id, { name: e.target.value })}
        />
        {problems.name && <p className="text-xs text-red-800">{problems.name}</p>}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-chain`} className="font-medium">
          Chaining mode
        </label>
        <select
          id={`${id}-chain`}
          className={input}
          value={profile.chainingMode}
          onChange={(e) => updateProfile(profile.id, { chainingMode: e.target.value as ChainingMode })}
          aria-describedby={`${id}-chain-note`}
        >
          {CHAINING.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
          <option value="conversation">
            {t('chaining.conversationOption', { path: '/v1/conversations' })}
          </option>
        </select>
        <p id={`${id}-chain-note`} className="text-xs text-slate-700">
          Follow-ups use {effective === 'server' ? 'previous_response_id' : effective}
          {profile.chainingMode === 'auto' && effective === 'replay'
            ? ': the doctor found that this endpoint does not chain.'
            : '.'}
        </p>
      </div>
      <div className="flex flex-col gap-1 md:col-span-2">
        <label htmlFor={`${id}-notes`} className="font-medium">
          Profile notes
        </label>
        <textarea
          id={`${id}-notes`}
          className={`${input} min-h-12`}
          value={profile.notes}
          placeholder="Which account, quotas, quirks…"
          onChange={(e) => updateProfile(profile.id, { notes: e.target.value })}
        />
        {problems.notes && <p className="text-xs text-red-800">{problems.notes}</p>}
      </div>
      <fieldset className="md:col-span-2">
        <legend className="font-medium">Extra headers ({profile.headers.length})</legend>
        <HeaderRows
          headers={profile.headers}
          onChange={(headers) => updateProfile(profile.id, { headers })}
        />
        {problems.headers && <p className="text-xs text-red-800">{problems.headers}</p>}
      </fieldset>
      <div className="flex gap-2 md:col-span-2">
        <button
          type="button"
          className="rounded border border-slate-400 bg-white px-2 py-1 hover:bg-slate-100"
          onClick={() => addProfile(profile.id)}
        >
          Duplicate profile
        </button>
        {!profile.builtIn && (
          <button
            type="button"
            className="rounded border border-red-700 bg-white px-2 py-1 text-red-900 hover:bg-red-50"
            onClick={() => {
              if (window.confirm('Delete this profile and its saved key?')) removeProfile(profile.id);
            }}
          >
            Delete profile
          </button>
        )}
      </div>
    </div>
  );
}
