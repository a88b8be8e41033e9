import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventLog } from '../../core/response/event-log';
import { cx } from '../../components/ui/class-names';
import { eventFields } from './event-fields';
import { eventRawLabel, eventTypeLabel } from './resume-marker';

export const ROW_HEIGHT = 26;

/**
 * One row of the event log: index, time since the request started, `sequence_number`, flags,
 * type and the event's fields, each labelled. A button: Enter or a click opens the detail. Memoized
 * by index (a logged event never changes), so a row's data is parsed once while it is on screen.
 */
export const EventRow = memo(function EventRow({
  log,
  index,
  position,
  top,
  startedAt,
  selected,
  onSelect,
  onMove,
}: {
  log: EventLog;
  index: number;
  /** Position of the row in the (filtered) list. */
  position: number;
  top: number;
  startedAt?: number;
  selected: boolean;
  onSelect: (index: number) => void;
  onMove: (position: number, by: number) => void;
}) {
  const { t } = useTranslation('output');
  const entry = useMemo(() => log.entry(index), [log, index]);
  const fields = useMemo(() => eventFields(entry.raw), [entry]);
  return (
    <div role="listitem" className="absolute left-0 w-full" style={{ top, height: ROW_HEIGHT }}>
      <button
        type="button"
        data-event-row={position}
        aria-current={selected || undefined}
        onClick={() => onSelect(index)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            onMove(position, e.key === 'ArrowDown' ? 1 : -1);
          }
        }}
        className={cx(
          'flex h-full w-full items-center gap-2 px-2 text-left whitespace-nowrap hover:bg-surface-muted focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent',
          selected && 'bg-accent-surface',
        )}
      >
        <span className="w-14 shrink-0 text-right text-ink-muted">{t('events.index', { index })}</span>
        <span className="w-20 shrink-0 text-right text-ink-muted">
          {startedAt !== undefined ? t('events.offset', { ms: Math.round(entry.at - startedAt) }) : ''}
        </span>
        <span className="w-16 shrink-0 text-right text-ink-muted">
          {entry.seq !== undefined ? t('events.seq', { seq: entry.seq }) : t('events.noSeq')}
        </span>
        {(entry.gap || entry.duplicate) && (
          <span
            className="shrink-0 rounded bg-warning-surface px-1 text-warning-ink"
            title={entry.gap ? t('events.gapTitle') : t('events.repeatTitle')}
          >
            {entry.gap ? t('events.gap') : t('events.repeat')}
          </span>
        )}
        <span className="shrink-0 font-semibold text-ink">{eventTypeLabel(t, entry.type)}</span>
        <span className="truncate text-ink-muted">
          {fields
            ? fields.map(([name, value]) => (
                <span key={name} className="mr-3">
                  <span>{name}</span>: <span className="text-ink">{value}</span>
                </span>
              ))
            : eventRawLabel(t, entry.type, entry.raw.slice(0, 300))}
        </span>
      </button>
    </div>
  );
});
