import { Button } from '../../components/ui/button';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useThreadStore } from './thread-store';
import { Checkbox } from '../../components/ui/checkbox';

const TRAIL_STYLE = { step: 'text-ink', done: 'text-success-ink', stop: 'text-warning-ink' };

/** Saved fixtures per tool name, the auto-answer switch with its step limit, and the loop's trail. */
export function AutoAnswerPanel() {
  const { t } = useTranslation('thread');
  const { fixtures, autoAnswer, stepLimit, trail } = useThreadStore(
    useShallow((s) => ({
      fixtures: s.fixtures,
      autoAnswer: s.autoAnswer,
      stepLimit: s.stepLimit,
      trail: s.trail,
    })),
  );
  const names = Object.keys(fixtures).sort();

  return (
    <details className="rounded border border-line p-2 text-xs" open={autoAnswer || undefined}>
      <summary className="cursor-pointer text-sm font-semibold">
        {t('autoAnswer.summary')}{' '}
        <span className="font-normal text-ink-muted">{t('autoAnswer.saved', { count: names.length })}</span>
      </summary>
      <div className="mt-2 flex flex-col gap-2">
        {names.length === 0 ? (
          <p className="text-ink-muted">{t('autoAnswer.none')}</p>
        ) : (
          <ul aria-label={t('autoAnswer.fixtures')} className="flex flex-col gap-1">
            {names.map((name) => (
              <li key={name} className="flex items-center gap-2">
                <span className="font-mono font-semibold">{name}</span>
                <span className="flex-1 truncate font-mono text-ink-muted" title={fixtures[name]}>
                  {fixtures[name] || t('autoAnswer.emptyFixture')}
                </span>
                <Button
                  variant="link"
                  aria-label={t('autoAnswer.removeLabel', { name })}
                  onClick={() =>
                    useThreadStore.setState((s) => {
                      const next = { ...s.fixtures };
                      delete next[name];
                      return { fixtures: next };
                    })
                  }
                >
                  {t('autoAnswer.remove')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <Checkbox
            className="gap-1"
            checked={autoAnswer}
            onChange={(e) => useThreadStore.setState({ autoAnswer: e.target.checked })}
            label={t('autoAnswer.enable')}
          />
          <label className="flex items-center gap-1">
            {t('autoAnswer.stepLimit')}
            <input
              type="number"
              min={1}
              max={50}
              className="w-14 rounded border border-line-strong bg-surface px-1 text-ink"
              value={stepLimit}
              onChange={(e) => {
                const n = Math.floor(Number(e.target.value));
                if (n >= 1 && n <= 50) useThreadStore.setState({ stepLimit: n });
              }}
            />
          </label>
        </div>
        {trail.length > 0 && (
          <ol aria-label={t('autoAnswer.trail')} className="list-decimal pl-5">
            {trail.map((step, i) => (
              <li key={i} className={TRAIL_STYLE[step.kind]}>
                {step.text}
              </li>
            ))}
          </ol>
        )}
      </div>
    </details>
  );
}
