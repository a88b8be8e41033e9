import { runFigures } from '../../core/response/selectors';
import type { ResponseView } from '../../core/response/types';

const ms = (value: number) => (value < 1000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(2)} s`);

/** Usage and timings: time to first token, total time, tokens per second. */
export function RunFigures({ view }: { view: ResponseView }) {
  const figures = runFigures(view);
  const usage = view.usage;
  const parts: [string, string][] = [];
  if (figures.ttftMs !== undefined) parts.push(['Time to first token', ms(figures.ttftMs)]);
  if (figures.totalMs !== undefined) parts.push(['Total time', ms(figures.totalMs)]);
  if (figures.tokensPerSecond !== undefined)
    parts.push(['Tokens per second', figures.tokensPerSecond.toFixed(1)]);
  if (usage?.inputTokens !== undefined)
    parts.push([
      'Input tokens',
      `${usage.inputTokens}${usage.cachedTokens ? ` (${usage.cachedTokens} cached)` : ''}`,
    ]);
  if (usage?.outputTokens !== undefined)
    parts.push([
      'Output tokens',
      `${usage.outputTokens}${usage.reasoningTokens ? ` (${usage.reasoningTokens} reasoning)` : ''}`,
    ]);
  if (usage?.totalTokens !== undefined) parts.push(['Total tokens', String(usage.totalTokens)]);
  if (parts.length === 0) return null;
  return (
    <dl aria-label="Usage and timings" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-800">
      {parts.map(([label, value]) => (
        <div key={label} className="flex gap-1">
          <dt>{label}</dt>
          <dd className="font-semibold">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
