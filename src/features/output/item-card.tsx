import { memo, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { narrowItem, type OtherItem } from '../../core/response/output-items';
import type { ItemView } from '../../core/response/types';
import { StructuredOutputCheck } from '../tool-builder';
import { ChunkedText } from './chunked-text';
import { FunctionCallCard } from './function-call-card';
import { MessageCard } from './message-card';
import { ReasoningCard } from './reasoning-card';
import { pretty } from './wire-fields';

/**
 * One output item, drawn by its type; types without a dedicated card show their JSON. Memoized: the
 * reducer keeps untouched items by reference, so per frame only the item that changed redraws.
 */
export const ItemCard = memo(function ItemCard({ view }: { view: ItemView }) {
  const item = useMemo(() => narrowItem(view.item), [view.item]);
  switch (item.kind) {
    case 'message':
      return (
        <>
          <MessageCard item={item} />
          <Suspense fallback={null}>
            <StructuredOutputCheck item={item.raw} done={view.done} />
          </Suspense>
        </>
      );
    case 'call':
      return <FunctionCallCard item={item} done={view.done} />;
    case 'reasoning':
      return <ReasoningCard item={item} done={view.done} />;
    case 'other':
      return <HostedToolCard item={item} partialImage={view.partialImage} />;
  }
});

function HostedToolCard({ item, partialImage }: { item: OtherItem; partialImage?: string }) {
  const { t } = useTranslation('output');
  const { type, code, result, status } = item;
  const image = result ? `data:image/${item.outputFormat ?? 'png'};base64,${result}` : partialImage;
  return (
    <article aria-label={t('hosted.label', { type })} className="rounded border border-line bg-surface p-3">
      <header className="mb-2 flex items-center gap-2 text-sm">
        <span className="font-mono font-semibold">{type}</span>
        {status && <span className="rounded bg-surface-muted px-1.5 text-xs">{status}</span>}
      </header>
      {code !== undefined && (
        <pre className="mb-2 overflow-x-auto rounded bg-slate-900 p-2 text-xs text-slate-100">
          <ChunkedText text={code} />
        </pre>
      )}
      {image && (
        <img
          src={image}
          alt={result ? t('hosted.image') : t('hosted.partialImage')}
          className="mb-2 max-h-80 rounded border border-line"
        />
      )}
      {item.outputs.map((out, i) => (
        <pre key={i} className="mb-1 overflow-x-auto rounded bg-surface-muted p-2 text-xs">
          {typeof out === 'string' ? out : pretty(out)}
        </pre>
      ))}
      <details>
        <summary className="cursor-pointer text-xs text-ink-muted">{t('hosted.json')}</summary>
        <pre className="overflow-x-auto text-xs">
          {pretty({
            ...item.raw,
            result: result ? t('hosted.base64', { count: result.length }) : item.raw.result,
          })}
        </pre>
      </details>
    </article>
  );
}
