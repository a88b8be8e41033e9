import { useTranslation } from 'react-i18next';
import type { MatrixResults, ToolTest } from '../../core/tools/tool-tests';
import { useTestLabel } from './results-table';
import { EDITOR_TARGET, type RunTarget } from './test-run-store';
import { useReasonText } from './use-reason-text';

/** Test × column: the same tests on every Compare column, one cell each (verdict, rate, why). */
export function MatrixTable({
  tests,
  targets,
  results,
}: {
  tests: readonly ToolTest[];
  targets: readonly RunTarget[];
  results: MatrixResults;
}) {
  const { t } = useTranslation('toolTests');
  const label = useTestLabel();
  const { why } = useReasonText();
  const cell = 'border-b border-line px-2 py-1 align-top';
  return (
    <table aria-label={t('matrixResults')} className="w-full border-collapse text-sm">
      <thead>
        <tr>
          <th className={`${cell} text-left`}>{t('col.test')}</th>
          {targets.map((target) => (
            <th key={target.id} className={`${cell} text-left`}>
              {target.id === EDITOR_TARGET ? t('editorColumn') : target.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {tests.map((test, i) => (
          <tr key={test.id}>
            <th scope="row" className={`${cell} max-w-48 truncate text-left font-normal`}>
              {label(test)}
            </th>
            {targets.map((target) => {
              const result = results[target.id]?.[i];
              if (!result || result.runs.length === 0)
                return (
                  <td key={target.id} className={cell}>
                    –
                  </td>
                );
              const complete = result.runs.length === result.total;
              return (
                <td key={target.id} className={cell}>
                  <span className={`font-semibold ${result.pass ? 'text-success-ink' : 'text-danger'}`}>
                    {t(
                      complete && result.pass
                        ? 'verdict.pass'
                        : complete
                          ? 'verdict.fail'
                          : 'verdict.running',
                    )}
                  </span>{' '}
                  {result.passed}/{result.runs.length}
                  {complete && !result.pass && <span className="block text-xs">{why(result)}</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
