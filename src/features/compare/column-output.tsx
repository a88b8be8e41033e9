import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { narrowItem } from '../../core/response/output-items';
import type { ItemView } from '../../core/response/types';
import { MessageCard, ReasoningCard, RunErrorAlert } from '../output';
import { useCompareStore } from './compare-store';

/** What a column received, live: its answer, reasoning, calls, errors and response facts. */
export function ColumnOutput({ columnId }: { columnId: string }) {
  const { t } = useTranslation('compare');
  const live = useCompareStore((s) => s.live[columnId]);
  if (!live) return <p className="text-xs text-ink-muted">{t('waiting')}</p>;
  const { view, blocked, responseHeaders } = live;
  return (
    <div className="flex min-w-0 flex-col gap-2">
      {blocked && (
        <p
          role="alert"
          className="rounded border border-danger-line bg-danger-surface p-2 text-sm text-danger-ink"
        >
          {blocked}
        </p>
      )}
      {(view.responseId || view.model) && (
        <p className="flex flex-wrap gap-2 text-xs text-ink">
          {view.responseId && <span className="font-mono">{view.responseId}</span>}
          {view.model && <span>{view.model}</span>}
        </p>
      )}
      {view.error && <RunErrorAlert error={view.error} />}
      <div className="flex max-h-[28rem] min-w-0 flex-col gap-2 overflow-auto">
        {view.items.map((item) => (
          <ColumnItem key={item.outputIndex} view={item} />
        ))}
      </div>
      {responseHeaders && (
        <details className="text-xs">
          <summary className="cursor-pointer">{t('headers')}</summary>
          {responseHeaders.length === 0 ? (
            <p>{t('noHeaders')}</p>
          ) : (
            <dl className="grid grid-cols-[max-content_1fr] gap-x-2 font-mono break-all">
              {responseHeaders.map(([name, value]) => (
                <div key={name} className="contents">
                  <dt className="text-ink-muted">{name}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          )}
        </details>
      )}
    </div>
  );
}

/** One output item; memoized, as the reducer keeps untouched items by reference. */
const ColumnItem = memo(function ColumnItem({ view }: { view: ItemView }) {
  const { t } = useTranslation('compare');
  const item = narrowItem(view.item);
  switch (item.kind) {
    case 'message':
      return <MessageCard item={item} />;
    case 'reasoning':
      return <ReasoningCard item={item} done={view.done} />;
    case 'call': {
      const name = item.name ?? '';
      return (
        <article
          aria-label={t('functionCall', { name })}
          className="rounded border border-line bg-surface p-2 text-xs"
        >
          <p className="font-mono font-semibold">{name}</p>
          <pre className="mt-1 overflow-x-auto whitespace-pre-wrap break-all">{item.arguments}</pre>
        </article>
      );
    }
    case 'other':
      return (
        <p className="rounded border border-line bg-surface p-1 font-mono text-xs">{String(item.type)}</p>
      );
  }
});
