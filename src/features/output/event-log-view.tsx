import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import type { EventLog } from '../../core/response/event-log';

const ROW_HEIGHT = 24;

/** Every raw stream event in arrival order, virtualized so 100k events scroll smoothly. */
export function EventLogView({
  log,
  count,
  startedAt,
}: {
  log: EventLog;
  count: number;
  startedAt?: number;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<number | undefined>();
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
  });
  const detail = selected !== undefined && selected < count ? log.entry(selected) : undefined;

  if (count === 0) return <p className="text-sm text-slate-700">No events yet.</p>;
  return (
    <div className="flex h-full flex-col gap-2">
      <div
        ref={scrollRef}
        role="list"
        aria-label="Raw events"
        className="h-80 min-h-40 flex-1 overflow-auto rounded border border-slate-300 bg-white font-mono text-xs"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((row) => {
            const entry = log.entry(row.index);
            return (
              <div
                key={row.index}
                role="listitem"
                className={`absolute left-0 flex w-full cursor-pointer items-center gap-2 px-2 whitespace-nowrap hover:bg-slate-100 ${
                  row.index === selected ? 'bg-blue-50' : ''
                }`}
                style={{ top: row.start, height: ROW_HEIGHT }}
                onClick={() => setSelected(row.index)}
              >
                <span className="w-12 shrink-0 text-right text-slate-600">{row.index}</span>
                <span className="w-16 shrink-0 text-right text-slate-600">
                  {startedAt !== undefined ? `${Math.round(entry.at - startedAt)} ms` : ''}
                </span>
                <span className="w-10 shrink-0 text-right text-slate-600">{entry.seq ?? '–'}</span>
                {(entry.gap || entry.duplicate) && (
                  <span
                    className="shrink-0 rounded bg-amber-200 px-1 text-amber-950"
                    title={entry.gap ? 'sequence_number skipped ahead' : 'sequence_number repeated'}
                  >
                    {entry.gap ? 'gap' : 'repeat'}
                  </span>
                )}
                <span className="shrink-0 font-semibold">{entry.type}</span>
                <span className="truncate text-slate-700">{entry.raw}</span>
              </div>
            );
          })}
        </div>
      </div>
      {detail && (
        <pre aria-label="Selected event" className="max-h-60 overflow-auto rounded bg-slate-100 p-2 text-xs">
          {prettyRaw(detail.raw)}
        </pre>
      )}
    </div>
  );
}

function prettyRaw(raw: string): string {
  try {
    return JSON.stringify(JSON.parse(raw), null, 2);
  } catch {
    return raw;
  }
}
