import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { profileLabel } from '../../core/endpoints';
import { useConnectionStore } from '../../state/connection';

/** Quick switching between endpoint profiles. */
export function ProfileSwitcher() {
  const { profiles, activeProfileId } = useConnectionStore(
    useShallow((s) => ({ profiles: s.profiles, activeProfileId: s.activeProfileId })),
  );
  const { selectProfile, addProfile } = useConnectionStore.getState();
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Endpoint profile
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
        <button
          type="button"
          className="rounded border border-slate-400 bg-white px-2 py-1 text-sm hover:bg-slate-100"
          onClick={() => addProfile()}
        >
          New profile
        </button>
      </div>
    </div>
  );
}
