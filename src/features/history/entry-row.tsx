import type { HistoryEntry } from '../../core/history';
import { useTranslation } from 'react-i18next';
import { isGroupEntryLive } from './group-recorder';

const LIVE = new Set(['idle', 'connecting', 'queued', 'streaming']);

/** The status word, with runs that stopped without an ending (a reload mid-answer) called so. */
export function statusWord(entry: HistoryEntry, liveId: string | undefined): string {
  if (LIVE.has(entry.status) && entry.id !== liveId && !isGroupEntryLive(entry.id)) return 'interrupted';
  return entry.status;
}

const STATUS_STYLE: Record<string, string> = {
  completed: 'bg-emerald-100 text-emerald-900',
  incomplete: 'bg-amber-100 text-amber-900',
  failed: 'bg-red-100 text-red-900',
  cancelled: 'bg-slate-200 text-slate-800',
  interrupted: 'bg-slate-200 text-slate-800',
};

/** Shown only where it means something: a turn that continued another one. */
export function ModeBadge({ entry }: { entry: HistoryEntry }) {
  if (!entry.parentId && !entry.previousResponseId && entry.mode === 'chain') return null;
  return (
    <span
      className={`rounded px-1 text-[11px] ${entry.mode === 'replay' ? 'bg-violet-100 text-violet-900' : 'bg-sky-100 text-sky-900'}`}
      title={
        entry.mode === 'replay'
          ? 'Sent in replay mode: the whole conversation as input, no previous_response_id'
          : 'Chained with previous_response_id'
      }
    >
      {entry.mode}
    </span>
  );
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
    <span className="rounded bg-indigo-100 px-1 text-[11px] text-indigo-900" title={t('historyBadgeTitle')}>
      {label}
    </span>
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
  const status = statusWord(entry, liveId);
  return (
    <button
      type="button"
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
        <span className="truncate font-mono text-slate-900">{entry.responseId ?? '(no response id)'}</span>{' '}
        <span className={`rounded px-1 text-[11px] ${STATUS_STYLE[status] ?? 'bg-blue-100 text-blue-900'}`}>
          {status}
        </span>{' '}
        <ModeBadge entry={entry} /> <GroupBadge entry={entry} />{' '}
        <time className="ml-auto shrink-0 text-slate-600" dateTime={new Date(entry.createdAt).toISOString()}>
          {new Date(entry.createdAt).toLocaleTimeString()}
        </time>
      </span>{' '}
      <span className="truncate text-slate-800">
        {entry.title && <strong className="mr-1">{entry.title}:</strong>}
        {entry.inputPreview || '(no input)'}
        {entry.outputPreview && <span className="text-slate-600"> → {entry.outputPreview}</span>}
      </span>
    </button>
  );
}
