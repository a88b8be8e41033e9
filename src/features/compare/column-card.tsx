import { useTranslation } from 'react-i18next';
import type { ColumnSettings } from '../../core/compare';
import { RunStatusBadge } from '../output';
import { ColumnOutput } from './column-output';
import { ColumnSettingsForm } from './column-settings';
import { removeColumn, useCompareStore } from './compare-store';
import { forgetColumn } from './column-runner';
import { stopColumn } from './send-all';

/** One column: region `Column N` with its endpoint, key, model, overrides, status and streamed output. */
export function ColumnCard({
  column,
  index,
  removable,
}: {
  column: ColumnSettings;
  index: number;
  removable: boolean;
}) {
  const { t } = useTranslation('compare');
  const n = index + 1;
  const status = useCompareStore((s) => s.live[column.id]?.view.status ?? 'idle');
  const reason = useCompareStore((s) => s.live[column.id]?.view.incompleteReason);
  const running = useCompareStore((s) => s.live[column.id]?.running === true);
  const runIndex = useCompareStore((s) => s.live[column.id]?.runIndex ?? 0);
  const runTotal = useCompareStore((s) => s.live[column.id]?.runTotal ?? 0);
  return (
    <section
      aria-label={t('column', { n })}
      className="flex min-w-0 flex-col gap-2 rounded border border-slate-300 bg-slate-50 p-2"
    >
      <header className="flex flex-wrap items-center gap-2">
        <h3 className="text-sm font-semibold">{t('column', { n })}</h3>
        <RunStatusBadge status={status} reason={reason} />
        {runTotal > 1 && (
          <span className="text-xs text-slate-700">
            {t('runProgress', { run: runIndex + 1, runs: runTotal })}
          </span>
        )}
        <div className="ml-auto flex gap-1">
          <button
            type="button"
            className="rounded border border-slate-500 bg-white px-2 py-0.5 text-xs disabled:text-slate-500"
            disabled={!running}
            onClick={() => stopColumn(column.id)}
          >
            {t('stopColumn', { n })}
          </button>
          {removable && (
            <button
              type="button"
              className="rounded border border-slate-500 bg-white px-2 py-0.5 text-xs"
              onClick={() => {
                forgetColumn(column.id);
                removeColumn(column.id);
              }}
            >
              {t('removeColumn', { n })}
            </button>
          )}
        </div>
      </header>
      <ColumnSettingsForm column={column} />
      <ColumnOutput columnId={column.id} />
    </section>
  );
}
