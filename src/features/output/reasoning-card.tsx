import type { ReasoningItem } from '../../core/response/output-items';
import { ChunkedText } from './chunked-text';

/** Reasoning summaries (and raw reasoning text where a model exposes it), open while streaming. */
export function ReasoningCard({ item, done }: { item: ReasoningItem; done: boolean }) {
  const { summary, content } = item;
  if (summary.length === 0 && content.length === 0) {
    return <p className="text-sm text-slate-700 italic">Reasoning{done ? ' (no summary)' : '…'}</p>;
  }
  return (
    <details open className="rounded border border-violet-300 bg-violet-50 p-2" aria-label="Reasoning">
      <summary className="cursor-pointer text-sm font-semibold text-violet-900">Reasoning summary</summary>
      {summary.map((text, i) => (
        <p key={i} className="mt-1 text-sm whitespace-pre-wrap text-slate-800">
          <ChunkedText text={text} />
        </p>
      ))}
      {content.map((text, i) => (
        <p key={`c${i}`} className="mt-1 font-mono text-xs whitespace-pre-wrap text-slate-800">
          <ChunkedText text={text} />
        </p>
      ))}
    </details>
  );
}
