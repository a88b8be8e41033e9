import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { MAX_RUNS } from '../../core/compare';
import { addColumn, setRunsPerColumn, useCompareStore } from './compare-store';
import { ExportButtons } from './export-buttons';
import { sendAll, stopAll } from './send-all';
import { ShareComparison } from './share-comparison';

const BUTTON =
  'rounded border border-slate-500 bg-white px-3 py-1.5 text-sm hover:bg-slate-100 disabled:text-slate-500';

/** Send all, Stop all, Add column, runs per column, share and export. */
export function CompareToolbar({ canAdd }: { canAdd: boolean }) {
  const { t } = useTranslation('compare');
  const { runs, running } = useCompareStore(
    useShallow((s) => ({
      runs: s.runsPerColumn,
      running: Object.values(s.live).some((l) => l.running === true),
    })),
  );
  // What is being typed; the stored number otherwise (a reopened comparison changes it).
  const [draft, setDraft] = useState<string | undefined>();
  const commitRuns = (text: string) => {
    setDraft(text);
    const n = Number(text);
    if (Number.isInteger(n) && n >= 1 && n <= MAX_RUNS) setRunsPerColumn(n);
  };
  return (
    <div className="flex flex-wrap items-end gap-2">
      <button
        type="button"
        className="rounded bg-indigo-800 px-4 py-1.5 text-sm font-semibold text-white hover:bg-indigo-900"
        onClick={sendAll}
      >
        {t('sendAll')}
      </button>
      <button type="button" className={BUTTON} onClick={stopAll} disabled={!running}>
        {t('stopAll')}
      </button>
      <button type="button" className={BUTTON} onClick={addColumn} disabled={!canAdd}>
        {t('addColumn')}
      </button>
      <label className="flex flex-col text-xs font-medium" title={t('runsHint')}>
        {t('runs')}
        <input
          type="number"
          min={1}
          max={MAX_RUNS}
          step={1}
          value={draft ?? String(runs)}
          onChange={(e) => commitRuns(e.target.value)}
          onBlur={() => setDraft(undefined)}
          className="w-20 rounded border border-slate-400 px-2 py-1 text-sm"
        />
      </label>
      <div className="ml-auto flex flex-wrap gap-2">
        <ShareComparison />
        <ExportButtons />
      </div>
    </div>
  );
}
