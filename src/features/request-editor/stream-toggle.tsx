import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestTextError } from '../../core/request/parse-request';
import type { JsonObject } from '../../core/response/types';
import type { Result } from '../../core/result';
import { useWorkspaceStore } from '../../state/workspace';
import { streamState, withStream } from './stream-state';

/**
 * Checkbox "Stream": shows and edits `"stream": true` in the request JSON. Reads the shared parse
 * of the request (no parse of its own per keystroke) and edits the current text.
 */
export function StreamToggle({
  parsed,
  onChange,
}: {
  parsed: Result<JsonObject, RequestTextError>;
  onChange: (text: string) => void;
}) {
  const { t } = useTranslation('editor');
  const state = streamState(parsed);
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
          onChange={(e) => onChange(withStream(useWorkspaceStore.getState().requestText, e.target.checked))}
        />
        {t('stream')}
      </label>
      {disabled && (
        <span id={hintId} className="text-xs text-slate-700">
          {state.disabledReason}
        </span>
      )}
    </span>
  );
}
