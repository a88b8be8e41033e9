import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextInput } from '../../components/ui/field';
import type { EventLog } from '../../core/response/event-log';
import { EventDetail } from './event-detail';
import { EventFilter } from './event-filter';
import { EventRow, ROW_HEIGHT } from './event-row';
import { eventTypeLabel } from './resume-marker';

/**
 * Every raw stream event in arrival order, virtualized so 100k events scroll smoothly; filtered by
 * type and text; a row opens the whole event below the list.
 */
export function EventLogView({
  log,
  count,
  startedAt,
}: {
  log: EventLog;
  count: number;
  startedAt?: number;
}) {
  const { t } = useTranslation('output');
  const id = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<number | undefined>();
  const [type, setType] = useState('');
  const [query, setQuery] = useState('');
  const [filter] = useState(() => new EventFilter());
  const { types, matches } = useMemo(
    () => filter.update(log, count, type, query),
    [filter, log, count, type, query],
  );
  const rows = matches ? matches.length : count;
  const indexAt = useCallback(
    (position: number) => (matches ? (matches[position] ?? 0) : position),
    [matches],
  );
  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
  });
  const onMove = useCallback(
    (position: number, by: number) => {
      const next = Math.min(rows - 1, Math.max(0, position + by));
      virtualizer.scrollToIndex(next);
      requestAnimationFrame(() =>
        scrollRef.current?.querySelector<HTMLElement>(`[data-event-row="${next}"]`)?.focus(),
      );
    },
    [rows, virtualizer],
  );
  const detail = selected !== undefined && selected < count ? log.entry(selected) : undefined;

  if (count === 0) return <p className="text-sm text-ink-muted">{t('events.none')}</p>;
  return (
    <div className="flex h-full flex-col gap-2">
      <div role="group" aria-label={t('events.filters')} className="flex flex-wrap items-end gap-3 text-xs">
        <span className="flex flex-col gap-0.5">
          <label htmlFor={`${id}-type`}>{t('events.type')}</label>
          <select
            id={`${id}-type`}
            value={type}
            onChange={(e) => setType(e.target.value)}
            className="rounded border border-line-strong bg-surface px-1 py-0.5 font-mono text-ink"
          >
            <option value="">{t('events.allTypes', { count })}</option>
            {types.map(([name, n]) => (
              <option key={name} value={name}>
                {t('events.typeOption', { type: eventTypeLabel(t, name), count: n })}
              </option>
            ))}
          </select>
        </span>
        <span className="flex flex-col gap-0.5">
          <label htmlFor={`${id}-search`}>{t('events.search')}</label>
          <TextInput
            id={`${id}-search`}
            type="search"
            value={query}
            placeholder={t('events.searchPlaceholder')}
            onChange={(e) => setQuery(e.target.value)}
            className="w-48 py-0.5 text-xs"
          />
        </span>
        <span aria-live="polite" className="text-ink-muted">
          {matches ? t('events.shown', { shown: rows, count }) : ''}
        </span>
      </div>
      <p className="text-xs text-ink-muted">{t('events.rowHint')}</p>
      <div
        ref={scrollRef}
        role="list"
        aria-label={t('events.list')}
        className="h-80 min-h-40 flex-1 overflow-auto rounded border border-line bg-surface font-mono text-xs"
      >
        {rows === 0 && <p className="p-2 font-sans text-ink-muted">{t('events.noMatch')}</p>}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((row) => {
            const index = indexAt(row.index);
            return (
              <EventRow
                key={index}
                log={log}
                index={index}
                position={row.index}
                top={row.start}
                startedAt={startedAt}
                selected={index === selected}
                onSelect={setSelected}
                onMove={onMove}
              />
            );
          })}
        </div>
      </div>
      {detail && selected !== undefined && (
        <EventDetail
          index={selected}
          entry={detail}
          startedAt={startedAt}
          onClose={() => setSelected(undefined)}
        />
      )}
    </div>
  );
}
