import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { Checkbox } from '../../components/ui/checkbox';
import { TextInput } from '../../components/ui/field';
import { useToolTestsStore } from '../../state/tool-tests';
import { startToolTests, stopToolTests, type TestColumn } from './start-run';
import { MAX_UI_CONCURRENCY, MAX_UI_RUNS, useTestRunStore } from './test-run-store';

const number = 'w-16 py-0.5';

/** Add test, runs per test, requests at once, the Compare matrix switch, Run tests / Stop. */
export function RunControls({ columns }: { columns: readonly TestColumn[] }) {
  const { t } = useTranslation('toolTests');
  const count = useToolTestsStore((s) => s.drafts.length);
  const { status, runs, concurrency, withColumns, setRuns, setConcurrency, setWithColumns } =
    useTestRunStore();
  const running = status === 'running';
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <Button size="md" onClick={() => useToolTestsStore.getState().add()}>
        {t('addTest')}
      </Button>
      <label className="flex items-center gap-1">
        {t('runs')}
        <TextInput
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
        <TextInput
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
        <Checkbox
          label={t('matrix', { count: columns.length })}
          checked={withColumns}
          disabled={running}
          onChange={(e) => setWithColumns(e.target.checked)}
        />
      )}
      {running ? (
        <Button size="md" onClick={stopToolTests}>
          {t('stop')}
        </Button>
      ) : (
        <Button
          variant="primary"
          size="md"
          disabled={count === 0}
          onClick={() => void startToolTests(withColumns ? columns : [])}
        >
          {t('runTests')}
        </Button>
      )}
    </div>
  );
}
