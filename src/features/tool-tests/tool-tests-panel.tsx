import { useTranslation } from 'react-i18next';
import { draftToTest, type ToolTestDraft } from '../../core/tools/tool-tests';
import { useToolTestsStore } from '../../state/tool-tests';
import { MatrixTable } from './matrix-table';
import { RunControls } from './run-controls';
import { ResultsTable } from './results-table';
import { RunStatus } from './run-status';
import type { TestColumn } from './start-run';
import { TestEditor } from './test-editor';
import { useToolTestsT } from './use-reason-text';
import { EDITOR_TARGET, useTestRunStore } from './test-run-store';

/**
 * Tool tests: inputs and the function calls expected for each, run with the editor's request
 * (N runs each, a few at a time) and judged against the tools' schemas. `columns` are the Compare
 * columns; when given, the tests can also run on each of them (a test × column matrix).
 */
export function ToolTestsPanel({ columns = [] }: { columns?: readonly TestColumn[] }) {
  const { t } = useTranslation('toolTests');
  const drafts = useToolTestsStore((s) => s.drafts);
  const run = useTestRunStore();
  const liveProblem = useLiveProblem();
  return (
    <section
      aria-label={t('region')}
      className="flex flex-col gap-3 rounded border border-line bg-surface p-3"
    >
      <h2 className="text-base font-semibold">{t('region')}</h2>
      <p className="text-sm text-ink-muted">{t('intro')}</p>
      {drafts.length === 0 ? (
        <p className="text-sm text-ink-muted">{t('noTests')}</p>
      ) : (
        drafts.map((draft, i) => (
          <TestEditor key={draft.id} draft={draft} number={i + 1} problem={liveProblem(draft)} />
        ))
      )}
      <RunControls columns={columns} />
      <RunStatus />
      {run.tests.length > 0 && (
        <ResultsTable
          tests={run.tests}
          results={run.results[EDITOR_TARGET]}
          previous={run.previous?.results[EDITOR_TARGET]}
          running={run.status === 'running'}
        />
      )}
      {run.targets.length > 1 && (
        <MatrixTable tests={run.tests} targets={run.targets} results={run.results} />
      )}
    </section>
  );
}

/** A draft's problem while it is edited; an empty input only counts when the tests are run. */
function useLiveProblem() {
  const t = useToolTestsT();
  return (draft: ToolTestDraft): string | undefined => {
    const test = draftToTest(draft);
    if (test.ok || test.error.key === 'emptyInput') return undefined;
    return t(`problems.${test.error.key}`, test.error.values);
  };
}
