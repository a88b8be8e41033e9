import { useId } from 'react';
import { useRunStore } from '../../state/run';

/** How long a stream may stay silent before the pane warns that it may have stalled. */
export function IdleSetting() {
  const idleWarningMs = useRunStore((s) => s.idleWarningMs);
  const id = useId();
  return (
    <span className="flex items-center gap-1 text-xs text-slate-800">
      <label htmlFor={id}>Warn after silence (s)</label>
      <input
        id={id}
        type="number"
        min={1}
        max={600}
        className="w-16 rounded border border-slate-400 bg-white px-1"
        value={Math.round(idleWarningMs / 1000)}
        onChange={(e) => {
          const seconds = Number(e.target.value);
          if (Number.isFinite(seconds) && seconds >= 1)
            useRunStore.getState().setIdleWarningMs(seconds * 1000);
        }}
      />
    </span>
  );
}
