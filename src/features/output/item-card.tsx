import { memo, Suspense } from 'react';
import type { ItemView } from '../../core/response/types';
import { StructuredOutputCheck } from '../tool-builder';
import { ChunkedText } from './chunked-text';
import { FunctionCallCard } from './function-call-card';
import { MessageCard } from './message-card';
import { ReasoningCard } from './reasoning-card';
import { objects, pretty, str } from './wire-fields';

/**
 * One output item, drawn by its type; types without a dedicated card show their JSON. Memoized: the
 * reducer keeps untouched items by reference, so per frame only the item that changed redraws.
 */
export const ItemCard = memo(function ItemCard({ view }: { view: ItemView }) {
  const { item } = view;
  const type = str(item, 'type') ?? 'unknown';
  switch (type) {
    case 'message':
      return (
        <>
          <MessageCard item={item} />
          <Suspense fallback={null}>
            <StructuredOutputCheck item={item} done={view.done} />
          </Suspense>
        </>
      );
    case 'function_call':
    case 'custom_tool_call':
    case 'mcp_call':
      return <FunctionCallCard view={view} />;
    case 'reasoning':
      return <ReasoningCard item={item} done={view.done} />;
    default:
      return <HostedToolCard view={view} type={type} />;
  }
});

function HostedToolCard({ view, type }: { view: ItemView; type: string }) {
  const { item } = view;
  const code = str(item, 'code');
  const result = str(item, 'result');
  const format = str(item, 'output_format') ?? 'png';
  const image = result ? `data:image/${format};base64,${result}` : view.partialImage;
  return (
    <article aria-label={`${type} item`} className="rounded border border-slate-300 bg-white p-3">
      <header className="mb-2 flex items-center gap-2 text-sm">
        <span className="font-mono font-semibold">{type}</span>
        {str(item, 'status') && (
          <span className="rounded bg-slate-100 px-1.5 text-xs">{str(item, 'status')}</span>
        )}
      </header>
      {code !== undefined && (
        <pre className="mb-2 overflow-x-auto rounded bg-slate-900 p-2 text-xs text-slate-100">
          <ChunkedText text={code} />
        </pre>
      )}
      {image && (
        <img
          src={image}
          alt={result ? 'Generated image' : 'Partial image, still generating'}
          className="mb-2 max-h-80 rounded border border-slate-200"
        />
      )}
      {objects(item, 'outputs').map((out, i) => (
        <pre key={i} className="mb-1 overflow-x-auto rounded bg-slate-100 p-2 text-xs">
          {str(out, 'logs') ?? pretty(out)}
        </pre>
      ))}
      <details>
        <summary className="cursor-pointer text-xs text-slate-700">Item JSON</summary>
        <pre className="overflow-x-auto text-xs">
          {pretty({ ...item, result: result ? `<${result.length} chars of base64>` : item.result })}
        </pre>
      </details>
    </article>
  );
}
