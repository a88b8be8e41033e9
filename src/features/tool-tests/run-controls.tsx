import { useTranslation } from 'react-i18next';
import { useToolTestsStore } from '../../state/tool-tests';
import { startToolTests, stopToolTests, type TestColumn } from './start-run';
import { MAX_UI_CONCURRENCY, MAX_UI_RUNS, useTestRunStore } from './test-run-store';

const button = 'rounded border border-slate-500 px-3 py-1 text-sm hover:bg-slate-100';
const number = 'w-16 rounded border border-slate-400 px-2 py-0.5';

/** Add test, runs per test, requests at once, the Compare matrix switch, Run tests / Stop. */
export function RunControls({ columns }: { columns: readonly TestColumn[] }) {
  const { t } = useTranslation('toolTests');
  const count = useToolTestsStore((s) => s.drafts.length);
  const { status, runs, concurrency, withColumns, setRuns, setConcurrency, setWithColumns } =
    useTestRunStore();
  const running = status === 'running';
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <button type="button" className={button} onClick={() => useToolTestsStore.getState().add()}>
        {t('addTest')}
      </button>
      <label className="flex items-center gap-1">
        {t('runs')}
        <input
          type="number"
          min={1}
          max={MAX_UI_RUNS}
          value={runs}
          disabled={running}
          onChange={(e) => setRuns(e.target.valueAsNumber)}
          className={number}
        />
      </label>
      <label className="flex items-center gap-1">
        {t('concurrency')}
        <input
          type="number"
          min={1}
          max={MAX_UI_CONCURRENCY}
          value={concurrency}
          disabled={running}
          onChange={(e) => setConcurrency(e.target.valueAsNumber)}
          className={number}
        />
      </label>
      {columns.length > 0 && (
        <label className="flex items-center gap-1">
          <input
            type="checkbox"
            checked={withColumns}
            disabled={running}
            onChange={(e) => setWithColumns(e.target.checked)}
          />
          {t('matrix', { count: columns.length })}
        </label>
      )}
      {running ? (
        <button type="button" className={button} onClick={stopToolTests}>
          {t('stop')}
        </button>
      ) : (
        <button
          type="button"
          disabled={count === 0}
          className="rounded bg-blue-800 px-3 py-1 font-semibold text-white hover:bg-blue-900 disabled:bg-slate-400"
          onClick={() => void startToolTests(withColumns ? columns : [])}
        >
          {t('runTests')}
        </button>
      )}
    </div>
  );
}
