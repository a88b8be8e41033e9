import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { Checkbox } from '../../components/ui/checkbox';
import { Field, TextArea, TextInput } from '../../components/ui/field';
import type { ToolTestDraft } from '../../core/tools/tool-tests';
import { useToolTestsStore } from '../../state/tool-tests';

/** Function names, not prose: the same in every language. */
const EXPECTED_EXAMPLE = 'get_weather, send_email';

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
  const problemId = useId();
  const set = (patch: Partial<Omit<ToolTestDraft, 'id'>>) => update(draft.id, patch);
  return (
    <fieldset
      aria-label={t('testGroup', { number })}
      className="flex flex-col gap-2 rounded border border-line p-2"
      aria-describedby={problem ? problemId : undefined}
    >
      <div className="flex flex-wrap items-end gap-2">
        <span className="text-sm font-semibold" aria-hidden="true">
          {t('testGroup', { number })}
        </span>
        <label className="flex flex-1 items-center gap-2 text-sm">
          {t('testName')}
          <TextInput
            value={draft.name}
            maxLength={120}
            placeholder={t('testNamePlaceholder')}
            onChange={(e) => set({ name: e.target.value })}
            className="min-w-0 flex-1"
          />
        </label>
        <Button size="sm" onClick={() => remove(draft.id)}>
          {t('removeTest', { number })}
        </Button>
      </div>
      <Field label={t('testInput')}>
        {(control) => (
          <TextArea
            {...control}
            value={draft.inputText}
            rows={draft.inputIsItems ? 4 : 2}
            spellCheck={!draft.inputIsItems}
            onChange={(e) => set({ inputText: e.target.value })}
            className={draft.inputIsItems ? 'font-mono text-xs' : ''}
          />
        )}
      </Field>
      <Checkbox
        label={t('inputItems')}
        checked={draft.inputIsItems}
        onChange={(e) => set({ inputIsItems: e.target.checked })}
      />
      <Field label={t('expectedTools')} hint={t('expectedToolsHint')}>
        {(control) => (
          <TextInput
            {...control}
            value={draft.expectedText}
            placeholder={EXPECTED_EXAMPLE}
            onChange={(e) => set({ expectedText: e.target.value })}
            className="font-mono text-xs"
          />
        )}
      </Field>
      <Field label={t('expectations')} hint={t('expectationsHint')}>
        {(control) => (
          <TextArea
            {...control}
            value={draft.expectationsText}
            rows={draft.expectationsText ? 3 : 1}
            spellCheck={false}
            onChange={(e) => set({ expectationsText: e.target.value })}
            className="font-mono text-xs"
          />
        )}
      </Field>
      {problem && (
        <p id={problemId} className="text-sm text-danger">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
