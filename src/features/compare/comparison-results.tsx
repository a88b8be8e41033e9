import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { Select } from '../../components/ui/field';
import type { ColumnRun } from '../../core/compare';
import { AnswerDiffView } from './answer-diff-view';
import { useCompareStore } from './compare-store';
import { EventTypesView } from './event-types-view';
import { FiguresTable } from './figures-table';
import { ToolCallsView } from './tool-calls-view';

const NO_RUNS: readonly ColumnRun[] = [];

/** What the columns' finished runs say side by side: figures, answer diff, tool calls, events. */
export function ComparisonResults() {
  const { t } = useTranslation('compare');
  // Finished runs change once per run, not per delta: these stay put while columns stream.
  const runs = useCompareStore(useShallow((s) => s.columns.map((c) => s.live[c.id]?.runs ?? NO_RUNS)));
  const sentBodies = useCompareStore(useShallow((s) => s.columns.map((c) => s.live[c.id]?.sentBody)));
  const [pair, setPair] = useState<[number, number]>([0, 1]);
  const first = Math.min(pair[0], runs.length - 1);
  const second = Math.min(pair[1], runs.length - 1);
  const lastA = runs[first]?.at(-1);
  const lastB = runs[second]?.at(-1);
  const calls = useMemo(() => runs.map((r) => r.at(-1)?.toolCalls ?? []), [runs]);

  const pick = (which: 0 | 1, label: string) => (
    <label className="flex items-center gap-1 text-xs font-medium">
      {label}
      <Select
        className="py-0.5 text-xs"
        value={which === 0 ? first : second}
        onChange={(e) => {
          const n = Number(e.target.value);
          setPair(which === 0 ? [n, second] : [first, n]);
        }}
      >
        {runs.map((_, i) => (
          <option key={i} value={i}>
            {t('column', { n: i + 1 })}
          </option>
        ))}
      </Select>
    </label>
  );

  return (
    <div className="flex flex-col gap-3">
      <Part title={t('figures')}>
        <FiguresTable runs={runs} />
      </Part>
      <Part title={t('diff')}>
        <div className="flex flex-wrap gap-3">
          {pick(0, t('diffFirst'))}
          {pick(1, t('diffSecond'))}
        </div>
        <AnswerDiffView a={lastA?.answer} b={lastB?.answer} first={first + 1} second={second + 1} />
      </Part>
      <Part title={t('toolCalls')}>
        <ToolCallsView calls={calls} sentBodies={sentBodies} />
      </Part>
      <Part title={t('events')}>
        <p className="text-xs text-ink-muted">{t('eventsIntro')}</p>
        {lastA && lastB && (
          <EventTypesView a={lastA.eventTypes} b={lastB.eventTypes} first={first + 1} second={second + 1} />
        )}
      </Part>
    </div>
  );
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1.5 border-t border-line pt-2">
      <h3 className="text-sm font-semibold">{title}</h3>
      {children}
    </div>
  );
}
