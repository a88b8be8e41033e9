import { useTranslation } from 'react-i18next';
import { compareVersions, keepResults } from '../../core/tools/tool-tests';
import { useToolTestsT } from './use-reason-text';
import { EDITOR_TARGET, useTestRunStore, type RunProblem } from './test-run-store';

/** What the last Run tests did: why it did not start, its progress, the summary and before/after. */
export function RunStatus() {
  const { t } = useTranslation('toolTests');
  const loose = useToolTestsT();
  const { status, problems, done, total, results, hash, previous } = useTestRunStore();
  const problemText = (p: RunProblem) =>
    p.key === 'request'
      ? t('problems.request', p.values)
      : t('problems.test', {
          ...p.values,
          message: p.detail ? loose(`problems.${p.detail.key}`, p.detail.values) : '',
        });
  const rows = results[EDITOR_TARGET] ?? [];
  const counts =
    status === 'done' ? compareVersions(previous?.results[EDITOR_TARGET], keepResults(rows)) : undefined;
  return (
    <>
      {problems.length > 0 && (
        <ul
          role="alert"
          className="rounded border border-danger-line bg-danger-surface p-2 text-sm text-danger-ink"
        >
          {problems.map((p, i) => (
            <li key={i}>{problemText(p)}</li>
          ))}
        </ul>
      )}
      <p aria-live="polite" className="text-sm text-ink">
        {status === 'running' && t('progress', { done, total })}
        {status === 'stopped' && t('stopped', { done, total })}
        {status === 'done' && (
          <>
            {t('summary', { passed: rows.filter((r) => r.pass).length, total: rows.length })}{' '}
            {hash && t('version', { hash })}{' '}
            {previous && counts
              ? t('comparedWith', {
                  hash: previous.hash,
                  better: counts.better,
                  worse: counts.worse,
                  same: counts.same,
                  added: counts.new,
                })
              : t('firstVersion')}
          </>
        )}
      </p>
    </>
  );
}
