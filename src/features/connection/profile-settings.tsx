import { useId } from 'react';
import { Button } from '../../components/ui/button';
import { useTranslation } from 'react-i18next';
import { profileProblems, type ChainingMode } from '../../core/endpoints/profile';
import { selectActiveProfile, selectChainingMode, useConnectionStore } from '../../state/connection';
import { HeaderRows } from './header-rows';

const CHAINING = [
  { value: 'auto', label: 'profile.chainingAuto' },
  { value: 'server', label: 'profile.chainingServer' },
  { value: 'replay', label: 'profile.chainingReplay' },
] as const satisfies readonly { value: ChainingMode; label: string }[];

/** Name, chaining mode, notes and extra headers of the active profile; duplicate and delete. */
export function ProfileSettings() {
  const profile = useConnectionStore(selectActiveProfile);
  const effective = useConnectionStore(selectChainingMode);
  const { updateProfile, addProfile, removeProfile } = useConnectionStore.getState();
  const id = useId();
  const problems = profileProblems(profile);
  const { t } = useTranslation('responsesApi');
  const { t: tc } = useTranslation('connection');
  const input = 'rounded border border-slate-400 bg-white px-2 py-1 text-sm';

  return (
    <div className="mt-2 grid gap-3 text-sm md:grid-cols-2">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-name`} className="font-medium">
          {tc('profile.name')}
        </label>
        <input
          id={`${id}-name`}
          className={input}
          value={profile.builtIn ? tc('profile.demoName') : profile.name}
          disabled={profile.builtIn}
          placeholder={tc('profile.namePlaceholder')}
          onChange={(e) => updateProfile(profile.id, { name: e.target.value })}
        />
        {problems.name && <p className="text-xs text-red-800">{problems.name}</p>}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-chain`} className="font-medium">
          {tc('profile.chaining')}
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
              {tc(c.label)}
            </option>
          ))}
          <option value="conversation">
            {t('chaining.conversationOption', { path: '/v1/conversations' })}
          </option>
        </select>
        <p id={`${id}-chain-note`} className="text-xs text-slate-700">
          {tc(
            profile.chainingMode === 'auto' && effective === 'replay'
              ? 'profile.followUpsUseReplayFound'
              : 'profile.followUpsUse',
            { mode: effective === 'server' ? 'previous_response_id' : effective },
          )}
        </p>
      </div>
      <div className="flex flex-col gap-1 md:col-span-2">
        <label htmlFor={`${id}-notes`} className="font-medium">
          {tc('profile.notesLabel')}
        </label>
        <textarea
          id={`${id}-notes`}
          className={`${input} min-h-12`}
          value={profile.notes}
          placeholder={tc('profile.notesPlaceholder')}
          onChange={(e) => updateProfile(profile.id, { notes: e.target.value })}
        />
        {problems.notes && <p className="text-xs text-red-800">{problems.notes}</p>}
      </div>
      <fieldset className="md:col-span-2">
        <legend className="font-medium">{tc('profile.headers', { count: profile.headers.length })}</legend>
        <HeaderRows
          headers={profile.headers}
          onChange={(headers) => updateProfile(profile.id, { headers })}
        />
        {problems.headers && <p className="text-xs text-red-800">{problems.headers}</p>}
      </fieldset>
      <div className="flex gap-2 md:col-span-2">
        <Button size="md" onClick={() => addProfile(profile.id)}>
          {tc('profile.duplicate')}
        </Button>
        {!profile.builtIn && (
          <Button
            size="md"
            className="border-danger text-danger"
            onClick={() => {
              if (window.confirm(tc('profile.confirmDelete'))) removeProfile(profile.id);
            }}
          >
            {tc('profile.delete')}
          </Button>
        )}
      </div>
    </div>
  );
}
