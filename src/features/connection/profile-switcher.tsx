import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { useShallow } from 'zustand/react/shallow';
import { profileLabel } from '../../core/endpoints/profile';
import { useConnectionStore } from '../../state/connection';

/** Quick switching between endpoint profiles. */
export function ProfileSwitcher() {
  const { profiles, activeProfileId } = useConnectionStore(
    useShallow((s) => ({ profiles: s.profiles, activeProfileId: s.activeProfileId })),
  );
  const { selectProfile, addProfile } = useConnectionStore.getState();
  const id = useId();
  const { t } = useTranslation('connection');
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {t('profile.label')}
      </label>
      <div className="flex gap-1">
        <select
          id={id}
          className="max-w-56 rounded border border-slate-400 bg-white px-2 py-1 text-sm"
          value={activeProfileId}
          onChange={(e) => selectProfile(e.target.value)}
        >
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {profileLabel(p)}
            </option>
          ))}
        </select>
        <Button size="md" onClick={() => addProfile()}>
          {t('profile.add')}
        </Button>
      </div>
    </div>
  );
}
