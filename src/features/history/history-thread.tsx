import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import type { HistoryEntry } from '../../core/history';
import { ModeBadge, statusWord } from './entry-row';

/** The conversation through the selected entry, oldest turn first, as the model saw it. */
export function HistoryThread({
  thread,
  selectedId,
  liveId,
  onSelect,
}: {
  thread: readonly HistoryEntry[];
  selectedId: string | undefined;
  liveId: string | undefined;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation('history');
  if (thread.length === 0) return <p className="text-sm text-slate-700">{t('selectForThread')}</p>;
  return (
    <ol aria-label={t('thread')} className="flex max-h-80 flex-col gap-2 overflow-auto">
      {thread.map((entry, i) => (
        <li key={entry.id}>
          <Button
            variant="bare"
            aria-pressed={entry.id === selectedId}
            onClick={() => onSelect(entry.id)}
            className={`w-full rounded border p-2 text-left text-xs ${
              entry.id === selectedId ? 'border-blue-700 bg-blue-50' : 'border-slate-200 hover:bg-slate-50'
            }`}
          >
            <span className="mb-1 flex items-center gap-1.5">
              <span className="font-semibold">{t('turn', { n: i + 1 })}</span>
              <span className="font-mono">{entry.responseId ?? t('noResponseId')}</span>
              <span>
                {t(`status.${statusWord(entry, liveId)}`, { defaultValue: statusWord(entry, liveId) })}
              </span>
              <ModeBadge entry={entry} />
            </span>
            <span className="block text-slate-900">
              <span className="font-semibold">
                {entry.kind === 'tool-outputs' || entry.kind === 'auto-answer' ? t('tools') : t('you')}:
              </span>{' '}
              {entry.title ? `${entry.title} — ` : ''}
              {entry.inputPreview || t('noInput')}
            </span>
            <span className="block text-slate-700">
              <span className="font-semibold">{t('model')}:</span>{' '}
              {entry.outputPreview || entry.errorMessage || '…'}
            </span>
          </Button>
        </li>
      ))}
    </ol>
  );
}
