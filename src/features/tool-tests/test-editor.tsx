import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ToolTestDraft } from '../../core/tools/tool-tests';
import { useToolTestsStore } from '../../state/tool-tests';

const field = 'rounded border border-slate-400 px-2 py-1 font-normal';

/** One test: its input (text or input items), the functions expected, optional argument expectations. */
export function TestEditor({
  draft,
  number,
  problem,
}: {
  draft: ToolTestDraft;
  number: number;
  problem?: string;
}) {
  const { t } = useTranslation('toolTests');
  const { update, remove } = useToolTestsStore.getState();
  const ids = { hint: useId(), expectHint: useId(), problem: useId() };
  const set = (patch: Partial<Omit<ToolTestDraft, 'id'>>) => update(draft.id, patch);
  return (
    <fieldset
      aria-label={t('testGroup', { number })}
      className="flex flex-col gap-2 rounded border border-slate-300 p-2"
      aria-describedby={problem ? ids.problem : undefined}
    >
      <div className="flex flex-wrap items-end gap-2">
        <span className="text-sm font-semibold" aria-hidden="true">
          {t('testGroup', { number })}
        </span>
        <label className="flex flex-1 items-center gap-2 text-sm">
          {t('testName')}
          <input
            value={draft.name}
            maxLength={120}
            placeholder={t('testNamePlaceholder')}
            onChange={(e) => set({ name: e.target.value })}
            className={`${field} min-w-0 flex-1`}
          />
        </label>
        <button
          type="button"
          className="rounded border border-slate-500 px-2 py-0.5 text-sm hover:bg-slate-100"
          onClick={() => remove(draft.id)}
        >
          {t('removeTest', { number })}
        </button>
      </div>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('testInput')}
        <textarea
          value={draft.inputText}
          rows={draft.inputIsItems ? 4 : 2}
          spellCheck={!draft.inputIsItems}
          onChange={(e) => set({ inputText: e.target.value })}
          className={`${field} ${draft.inputIsItems ? 'font-mono text-xs' : ''}`}
        />
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={draft.inputIsItems}
          onChange={(e) => set({ inputIsItems: e.target.checked })}
        />
        {t('inputItems')}
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('expectedTools')}
        <input
          value={draft.expectedText}
          aria-describedby={ids.expectHint}
          placeholder="get_weather, send_email"
          onChange={(e) => set({ expectedText: e.target.value })}
          className={`${field} font-mono text-xs`}
        />
        <span id={ids.expectHint} className="text-xs font-normal text-slate-700">
          {t('expectedToolsHint')}
        </span>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('expectations')}
        <textarea
          value={draft.expectationsText}
          rows={draft.expectationsText ? 3 : 1}
          spellCheck={false}
          aria-describedby={ids.hint}
          onChange={(e) => set({ expectationsText: e.target.value })}
          className={`${field} font-mono text-xs`}
        />
        <span id={ids.hint} className="text-xs font-normal text-slate-700">
          {t('expectationsHint')}
        </span>
      </label>
      {problem && (
        <p id={ids.problem} className="text-sm text-red-800">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
