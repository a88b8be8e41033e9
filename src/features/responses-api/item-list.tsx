import type { JsonObject } from '../../core/response/types';
import { contentText } from '../../core/history';

/** One line per item: its type and role, and its text (or its JSON when it has none). */
export function ItemList({ items, label }: { items: readonly JsonObject[]; label: string }) {
  return (
    <ol aria-label={label} className="flex flex-col gap-1 text-xs">
      {items.map((item, i) => {
        const text = contentText(item.content);
        const kind = [item.type ?? 'message', item.role]
          .filter((part) => typeof part === 'string')
          .join(' · ');
        return (
          <li key={typeof item.id === 'string' ? item.id : i} className="rounded bg-surface-muted p-1">
            <span className="mr-2 font-mono text-ink-muted">{kind}</span>
            <span className="break-words whitespace-pre-wrap text-ink">{text || JSON.stringify(item)}</span>
          </li>
        );
      })}
    </ol>
  );
}
