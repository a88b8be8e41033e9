import { useTranslation } from 'react-i18next';
import { choiceKey, choiceOptions, isObject, toolRef, type JsonObject } from '../../core/tools';
import type { RequestDoc } from './use-request-doc';
import { plain } from './plain-text';

function sameRef(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `tool_choice` (none, auto, required, one named tool, allowed tools) and `parallel_tool_calls`. */
export function ToolChoiceEditor({ doc, disabled }: { doc: RequestDoc; disabled: boolean }) {
  const { t } = useTranslation('tools');
  const { request } = doc;
  const tools = Array.isArray(request.tools) ? request.tools : [];
  const choice = request.tool_choice;
  const options = choiceOptions(tools);
  const key = choiceKey(choice);
  const set = (value: unknown) => doc.replace(['tool_choice'], choice, value);
  const allowed = isObject(choice) && choice.type === 'allowed_tools' ? choice : undefined;
  const allowedList: unknown[] = allowed && Array.isArray(allowed.tools) ? allowed.tools : [];
  const toggleAllowed = (ref: JsonObject, on: boolean) => {
    if (!allowed) return;
    const next = on ? [...allowedList, ref] : allowedList.filter((r) => !sameRef(r, ref));
    set({ ...allowed, tools: next });
  };
  const parallel = request.parallel_tool_calls;
  return (
    <div className="mt-3 flex flex-col gap-1.5 border-t border-line pt-2 text-sm">
      <div className="flex flex-wrap items-center gap-3">
        <label className="inline-flex items-center gap-1.5">
          {t('choice.toolChoice')}
          <select
            aria-label={t('choice.toolChoice')}
            disabled={disabled}
            value={key}
            onChange={(e) => set(options.find((o) => o.key === e.target.value)?.value)}
            className="rounded border border-line bg-surface px-1 py-0.5"
          >
            {options.map((o) => (
              <option key={o.key} value={o.key}>
                {o.key === 'unset'
                  ? plain(t('choice.unset'))
                  : o.key === 'allowed_tools'
                    ? t('choice.allowedTools')
                    : o.label}
              </option>
            ))}
            {!options.some((o) => o.key === key) && (
              <option value={key}>
                {key === 'custom' ? t('choice.asInJson') : t('choice.notInTools', { key })}
              </option>
            )}
          </select>
        </label>
        <label className="inline-flex items-center gap-1.5">
          {t('choice.parallel')}
          <select
            aria-label={t('choice.parallel')}
            disabled={disabled}
            value={parallel === true ? 'true' : parallel === false ? 'false' : 'unset'}
            onChange={(e) =>
              doc.replace(
                ['parallel_tool_calls'],
                parallel,
                e.target.value === 'unset' ? undefined : e.target.value === 'true',
              )
            }
            className="rounded border border-line bg-surface px-1 py-0.5"
          >
            <option value="unset">{plain(t('choice.parallelUnset'))}</option>
            <option value="true">true</option>
            <option value="false">{plain(t('choice.parallelFalse'))}</option>
          </select>
        </label>
      </div>
      {allowed && (
        <fieldset className="flex flex-wrap items-center gap-3 text-xs">
          <legend className="sr-only">{t('choice.allowedLegend')}</legend>
          <label className="inline-flex items-center gap-1">
            {t('choice.mode')}
            <select
              aria-label={t('choice.allowedMode')}
              disabled={disabled}
              value={allowed.mode === 'required' ? 'required' : 'auto'}
              onChange={(e) => set({ ...allowed, mode: e.target.value })}
              className="rounded border border-line bg-surface px-1"
            >
              <option value="auto">auto</option>
              <option value="required">required</option>
            </select>
          </label>
          {tools.map((tool, i) => {
            const ref = toolRef(tool);
            if (!ref) return null;
            const name = String(ref.name ?? ref.server_label ?? ref.type);
            return (
              <label key={i} className="inline-flex items-center gap-1">
                <input
                  type="checkbox"
                  disabled={disabled}
                  checked={allowedList.some((r) => sameRef(r, ref))}
                  onChange={(e) => toggleAllowed(ref, e.target.checked)}
                />
                {t('choice.allow', { name })}
              </label>
            );
          })}
        </fieldset>
      )}
    </div>
  );
}
