import { useTranslation } from 'react-i18next';
import type { ReasoningItem } from '../../core/response/output-items';
import { ChunkedText } from './chunked-text';

/** Reasoning summaries (and raw reasoning text where a model exposes it), open while streaming. */
export function ReasoningCard({ item, done }: { item: ReasoningItem; done: boolean }) {
  const { t } = useTranslation('output');
  const { summary, content } = item;
  if (summary.length === 0 && content.length === 0) {
    return (
      <p className="text-sm text-ink-muted italic">
        {done ? t('reasoning.noSummary') : t('reasoning.pending')}
      </p>
    );
  }
  return (
    <details
      open
      className="rounded border border-line bg-surface-muted p-2"
      aria-label={t('reasoning.label')}
    >
      <summary className="cursor-pointer text-sm font-semibold text-ink">{t('reasoning.summary')}</summary>
      {summary.map((text, i) => (
        <p key={i} className="mt-1 text-sm whitespace-pre-wrap text-ink">
          <ChunkedText text={text} />
        </p>
      ))}
      {content.map((text, i) => (
        <p key={`c${i}`} className="mt-1 font-mono text-xs whitespace-pre-wrap text-ink">
          <ChunkedText text={text} />
        </p>
      ))}
    </details>
  );
}
