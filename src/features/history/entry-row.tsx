import { Badge, type Tone } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../core/history';
import { isGroupEntryLive } from './group-recorder';

const LIVE = new Set(['idle', 'connecting', 'queued', 'streaming']);

/** The status word, with runs that stopped without an ending (a reload mid-answer) called so. */
export function statusWord(entry: HistoryEntry, liveId: string | undefined): string {
  if (LIVE.has(entry.status) && entry.id !== liveId && !isGroupEntryLive(entry.id)) return 'interrupted';
  return entry.status;
}

const STATUS_TONE: Record<string, Tone> = {
  completed: 'success',
  incomplete: 'warning',
  failed: 'danger',
  cancelled: 'neutral',
  interrupted: 'neutral',
};

/** Shown only where it means something: a turn that continued another one. */
export function ModeBadge({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation('responsesApi');
  const { t: th } = useTranslation('history');
  if (entry.mode === 'conversation' || entry.conversationId)
    return (
      <Badge tone="info" title={t('history.conversationTitle', { id: entry.conversationId ?? '' })}>
        {t('history.conversationBadge')}
      </Badge>
    );
  if (!entry.parentId && !entry.previousResponseId && entry.mode === 'chain') return null;
  return (
    <Badge
      tone={entry.mode === 'replay' ? 'neutral' : 'info'}
      title={entry.mode === 'replay' ? th('replayTitle') : th('chainTitle')}
    >
      {entry.mode}
    </Badge>
  );
}

/** How an entry came to be when it was not sent (opened by id, compacted), and what the server says. */
export function OriginBadges({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation('responsesApi');
  const badges: string[] = [];
  if (entry.kind === 'opened') badges.push(t('history.openedBadge'));
  if (entry.kind === 'compaction') badges.push(t('history.compactionBadge'));
  if (entry.serverState === 'deleted') badges.push(t('history.deletedBadge'));
  if (entry.serverState === 'gone') badges.push(t('history.goneBadge'));
  return badges.map((text) => (
    <Badge key={text} tone="neutral">
      {text}
    </Badge>
  ));
}

/** Marks the entries of a comparison: which column (and run) of it they answered for. */
export function GroupBadge({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation('compare');
  const group = entry.group;
  if (!group) return null;
  const label =
    group.runs > 1
      ? t('historyBadgeRun', { column: group.column + 1, run: group.run + 1, runs: group.runs })
      : t('historyBadge', { column: group.column + 1 });
  return (
    <Badge tone="info" title={t('historyBadgeTitle')}>
      {label}
    </Badge>
  );
}

/** One history entry as a selectable row: response id, status, mode, time and previews. */
export function EntryRow({
  entry,
  depth = 0,
  selected,
  liveId,
  onSelect,
}: {
  entry: HistoryEntry;
  depth?: number;
  selected: boolean;
  liveId: string | undefined;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation('history');
  const status = statusWord(entry, liveId);
  return (
    <Button
      variant="bare"
      aria-pressed={selected}
      onClick={() => onSelect(entry.id)}
      style={{ paddingLeft: `${0.5 + depth * 1.1}rem` }}
      className={`flex h-full w-full flex-col justify-center gap-0.5 overflow-hidden border-b border-slate-200 pr-2 text-left text-xs hover:bg-slate-50 ${
        selected ? 'bg-blue-50 outline-2 -outline-offset-2 outline-blue-700' : ''
      }`}
    >
      <span className="flex items-center gap-1.5">
        {depth > 0 && (
          <span aria-hidden="true" className="text-slate-500">
            ↳
          </span>
        )}
        <span className="truncate font-mono text-slate-900">{entry.responseId ?? t('noResponseId')}</span>{' '}
        <Badge tone={STATUS_TONE[status] ?? 'info'}>{t(`status.${status}`, { defaultValue: status })}</Badge>{' '}
        <ModeBadge entry={entry} /> <GroupBadge entry={entry} /> <OriginBadges entry={entry} />{' '}
        <time className="ml-auto shrink-0 text-slate-600" dateTime={new Date(entry.createdAt).toISOString()}>
          {new Date(entry.createdAt).toLocaleTimeString()}
        </time>
      </span>{' '}
      <span className="truncate text-slate-800">
        {entry.title && <strong className="mr-1">{entry.title}:</strong>}
        {entry.inputPreview || t('noInput')}
        {entry.outputPreview && <span className="text-slate-600"> → {entry.outputPreview}</span>}
      </span>
    </Button>
  );
}
