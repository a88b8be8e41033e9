import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '../../components/ui/button';
import { Field, TextInput } from '../../components/ui/field';
import { MAX_RUNS } from '../../core/compare';
import { addColumn, setRunsPerColumn, useCompareStore } from './compare-store';
import { ExportButtons } from './export-buttons';
import { sendAll, stopAll } from './send-all';
import { ShareComparison } from './share-comparison';

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
      <Button variant="primary" size="lg" className="text-sm" onClick={sendAll}>
        {t('sendAll')}
      </Button>
      <Button size="md" onClick={stopAll} disabled={!running}>
        {t('stopAll')}
      </Button>
      <Button size="md" onClick={addColumn} disabled={!canAdd}>
        {t('addColumn')}
      </Button>
      <Field label={t('runs')}>
        {(control) => (
          <TextInput
            {...control}
            type="number"
            min={1}
            max={MAX_RUNS}
            step={1}
            title={t('runsHint')}
            value={draft ?? String(runs)}
            onChange={(e) => commitRuns(e.target.value)}
            onBlur={() => setDraft(undefined)}
            className="w-20"
          />
        )}
      </Field>
      <div className="ml-auto flex flex-wrap gap-2">
        <ShareComparison />
        <ExportButtons />
      </div>
    </div>
  );
}
