import { useTranslation } from 'react-i18next';
import { useAnswerDiff } from './diff-client';

/**
 * The diff of two columns' answers: words only in the first struck through, words only in the
 * second underlined, each also announced (and titled) by which column has it, not by colour alone.
 */
export function AnswerDiffView({
  a,
  b,
  first,
  second,
}: {
  a?: string;
  b?: string;
  first: number;
  second: number;
}) {
  const { t } = useTranslation('compare');
  const diff = useAnswerDiff(a, b);
  if (a === undefined || b === undefined)
    return <p className="text-sm text-ink-muted">{t('diffNeedsAnswers')}</p>;
  if (!diff) return <p className="text-sm text-ink-muted">{t('diffPending')}</p>;
  if (diff.identical) return <p className="text-sm">{t('diffIdentical')}</p>;
  if (diff.mode === 'too-different') return <p className="text-sm">{t('diffTooDifferent')}</p>;
  const only = (n: number) => t('diffRemoved', { n });
  return (
    <div className="flex flex-col gap-1">
      <p className="text-xs text-ink-muted">
        {t('diffSummary', { removed: diff.removed, added: diff.added, a: first, b: second })}
      </p>
      <div
        role="group"
        aria-label={t('diff')}
        className="max-h-80 overflow-auto rounded border border-line bg-surface p-2 text-sm whitespace-pre-wrap"
      >
        {diff.segments.map((segment, i) =>
          segment.kind === 'same' ? (
            <span key={i}>{segment.text}</span>
          ) : segment.kind === 'removed' ? (
            <del key={i} title={only(first)} className="bg-danger-surface text-danger-ink decoration-2">
              <span className="sr-only">[{only(first)} </span>
              {segment.text}
              <span className="sr-only">]</span>
            </del>
          ) : (
            <ins
              key={i}
              title={t('diffAdded', { n: second })}
              className="bg-success-surface text-success-ink decoration-2"
            >
              <span className="sr-only">[{t('diffAdded', { n: second })} </span>
              {segment.text}
              <span className="sr-only">]</span>
            </ins>
          ),
        )}
      </div>
    </div>
  );
}
