import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { HistoryEntry } from '../../core/history';
import { EntryRow } from './entry-row';

export interface EntryLine {
  entry: HistoryEntry;
  depth?: number;
}

const ROW_HEIGHT = 52;

/**
 * A virtualized list of entries (the flat list and the tree share it): only the rows in view are
 * in the DOM, so 1,000 entries cost what 10 do.
 */
export function VirtualEntries({
  label,
  lines,
  selectedId,
  liveId,
  onSelect,
}: {
  label: string;
  lines: readonly EntryLine[];
  selectedId: string | undefined;
  liveId: string | undefined;
  onSelect: (id: string) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    getItemKey: (index) => lines[index]?.entry.id ?? index,
  });
  const items = virtualizer.getVirtualItems();

  return (
    <div ref={scrollRef} className="max-h-80 overflow-auto rounded border border-slate-200">
      <ul
        aria-label={label}
        className="relative m-0 list-none p-0"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((row) => {
          const line = lines[row.index];
          if (!line) return null;
          return (
            <li
              key={row.key}
              aria-setsize={lines.length}
              aria-posinset={row.index + 1}
              className="absolute inset-x-0 top-0"
              style={{ height: row.size, transform: `translateY(${row.start}px)` }}
            >
              <EntryRow
                entry={line.entry}
                depth={line.depth}
                selected={line.entry.id === selectedId}
                liveId={liveId}
                onSelect={onSelect}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
