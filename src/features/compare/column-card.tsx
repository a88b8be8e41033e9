import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
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
      className="flex min-w-0 flex-col gap-2 rounded border border-line bg-surface-muted p-2"
    >
      <header className="flex flex-wrap items-center gap-2">
        <h3 className="text-sm font-semibold">{t('column', { n })}</h3>
        <RunStatusBadge status={status} reason={reason} />
        {runTotal > 1 && (
          <span className="text-xs text-ink-muted">
            {t('runProgress', { run: runIndex + 1, runs: runTotal })}
          </span>
        )}
        <div className="ml-auto flex gap-1">
          <Button size="xs" disabled={!running} onClick={() => stopColumn(column.id)}>
            {t('stopColumn', { n })}
          </Button>
          {removable && (
            <Button
              size="xs"
              onClick={() => {
                forgetColumn(column.id);
                removeColumn(column.id);
              }}
            >
              {t('removeColumn', { n })}
            </Button>
          )}
        </div>
      </header>
      <ColumnSettingsForm column={column} />
      <ColumnOutput columnId={column.id} />
    </section>
  );
}
