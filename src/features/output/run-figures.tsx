import { useTranslation } from 'react-i18next';
import { runFigures } from '../../core/response/selectors';
import type { ResponseView } from '../../core/response/types';

/** Usage and timings: time to first token, total time, tokens per second. */
export function RunFigures({ view }: { view: ResponseView }) {
  const { t } = useTranslation('output');
  const ms = (value: number) =>
    value < 1000
      ? t('figures.ms', { value: Math.round(value) })
      : t('figures.s', { value: (value / 1000).toFixed(2) });
  const figures = runFigures(view);
  const usage = view.usage;
  const parts: [string, string][] = [];
  if (figures.ttftMs !== undefined) parts.push([t('figures.ttft'), ms(figures.ttftMs)]);
  if (figures.totalMs !== undefined) parts.push([t('figures.total'), ms(figures.totalMs)]);
  if (figures.tokensPerSecond !== undefined)
    parts.push([t('figures.tokensPerSecond'), figures.tokensPerSecond.toFixed(1)]);
  if (usage?.inputTokens !== undefined) {
    const value = String(usage.inputTokens);
    parts.push([
      t('figures.inputTokens'),
      usage.cachedTokens ? t('figures.cached', { value, cached: usage.cachedTokens }) : value,
    ]);
  }
  if (usage?.outputTokens !== undefined) {
    const value = String(usage.outputTokens);
    parts.push([
      t('figures.outputTokens'),
      usage.reasoningTokens ? t('figures.reasoning', { value, reasoning: usage.reasoningTokens }) : value,
    ]);
  }
  if (usage?.totalTokens !== undefined) parts.push([t('figures.totalTokens'), String(usage.totalTokens)]);
  if (parts.length === 0) return null;
  return (
    <dl aria-label={t('figures.label')} className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink-muted">
      {parts.map(([label, value]) => (
        <div key={label} className="flex gap-1">
          <dt>{label}</dt>
          <dd className="font-semibold text-ink">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
