import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openResponse } from './open-response';

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
      className="flex flex-col gap-1 rounded border border-slate-300 bg-white p-3"
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
        <input
          id={`${id}-input`}
          className="min-w-0 flex-1 rounded border border-slate-400 px-2 py-1 font-mono text-sm"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          placeholder="resp_…"
          spellCheck={false}
          autoComplete="off"
        />
        <button
          type="submit"
          className="rounded border border-slate-500 px-3 py-1 text-sm hover:bg-slate-100 disabled:text-slate-500"
          disabled={busy}
        >
          {busy ? t('open.loading') : t('open.button')}
        </button>
      </form>
      {problem && (
        <p role="alert" className="rounded border border-red-400 bg-red-50 p-2 text-sm text-red-950">
          {problem}
        </p>
      )}
    </section>
  );
}
