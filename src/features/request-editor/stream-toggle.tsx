import { useId, useMemo } from 'react';
import { streamState, withStream } from './stream-state';

/** Checkbox "Stream": shows and edits `"stream": true` in the request JSON. */
export function StreamToggle({ text, onChange }: { text: string; onChange: (text: string) => void }) {
  const state = useMemo(() => streamState(text), [text]);
  const hintId = useId();
  const disabled = state.disabledReason !== undefined;
  return (
    <span className="inline-flex items-center gap-2">
      <label className={`inline-flex items-center gap-1.5 ${disabled ? 'text-slate-600' : 'text-slate-900'}`}>
        <input
          type="checkbox"
          className="size-4 accent-blue-800"
          checked={state.checked}
          disabled={disabled}
          aria-describedby={disabled ? hintId : undefined}
          onChange={(e) => onChange(withStream(text, e.target.checked))}
        />
        Stream
      </label>
      {disabled && (
        <span id={hintId} className="text-xs text-slate-700">
          {state.disabledReason}
        </span>
      )}
    </span>
  );
}
