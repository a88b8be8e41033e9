import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { TextInput } from '../../components/ui/field';
import { openResponse } from './open-response';

/** The shape of a response id, the same in every language. */
const ID_EXAMPLE = 'resp_…';

/** textbox Response ID and button Open response: any response by its id, shown in Output. */
export function OpenResponseForm() {
  const { t } = useTranslation('responsesApi');
  const client = useQueryClient();
  const id = useId();
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const open = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(await openResponse(client, value));
    setBusy(false);
  };

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-1 rounded border border-line bg-surface p-3"
    >
      <h2 id={`${id}-title`} className="text-base font-semibold">
        {t('open.title')}
      </h2>
      <form
        className="flex flex-wrap items-center gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void open();
        }}
      >
        <label htmlFor={`${id}-input`} className="text-sm">
          {t('open.label')}
        </label>
        <TextInput
          id={`${id}-input`}
          className="min-w-0 flex-1 font-mono"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          placeholder={ID_EXAMPLE}
          spellCheck={false}
          autoComplete="off"
        />
        <Button type="submit" size="md" disabled={busy}>
          {busy ? t('open.loading') : t('open.button')}
        </Button>
      </form>
      {problem && (
        <p
          role="alert"
          className="rounded border border-danger-line bg-danger-surface p-2 text-sm text-danger-ink"
        >
          {problem}
        </p>
      )}
    </section>
  );
}
