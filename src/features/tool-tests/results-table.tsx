import { useTranslation } from 'react-i18next';
import {
  compareResult,
  keepResults,
  passRate,
  runFigures,
  violationText,
  type KeptResult,
  type RunResult,
  type TestResult,
  type ToolTest,
} from '../../core/tools/tool-tests';
import { useReasonText } from './use-reason-text';

/** A test's label: its name, else its input on one line. */
export function useTestLabel() {
  const { t } = useTranslation('toolTests');
  return (test: ToolTest): string =>
    test.name ??
    (typeof test.input === 'string' ? test.input : t('inputItemsLabel', { count: test.input.length }));
}

/**
 * Test results: one row per test, saying pass or fail with why, the pass rate over the runs, the
 * calls made with their schema violations, latency (median) and tokens (all runs), and how the
 * test moved since the last tool-set version.
 */
export function ResultsTable({
  tests,
  results,
  previous,
  running,
}: {
  tests: readonly ToolTest[];
  results: readonly TestResult[] | undefined;
  previous: Record<string, KeptResult> | undefined;
  running: boolean;
}) {
  const { t } = useTranslation('toolTests');
  const label = useTestLabel();
  const { why } = useReasonText();
  const th = 'border-b border-slate-300 px-2 py-1 text-left font-semibold';
  const td = 'border-b border-slate-200 px-2 py-1 align-top';
  return (
    <table aria-label={t('results')} className="w-full border-collapse text-sm">
      <thead>
        <tr>
          <th className={th}>{t('col.test')}</th>
          <th className={th}>{t('col.result')}</th>
          <th className={th}>{t('col.passRate')}</th>
          <th className={th}>{t('col.calls')}</th>
          <th className={th}>{t('col.latency')}</th>
          <th className={th}>{t('col.tokens')}</th>
          <th className={th}>{t('col.why')}</th>
          {previous && <th className={th}>{t('col.change')}</th>}
        </tr>
      </thead>
      <tbody>
        {tests.map((test, i) => {
          const result = results?.[i];
          const finished = result !== undefined && result.runs.length > 0;
          const complete = finished && result.runs.length === result.total;
          const rate = result ? passRate(result) : undefined;
          const figures = result ? runFigures(result) : {};
          const kept = result && complete ? keepResults([result])[test.id] : undefined;
          const verdict = complete
            ? result.pass
              ? 'pass'
              : 'fail'
            : running
              ? 'running'
              : finished && !result.pass
                ? 'fail'
                : 'notRun';
          return (
            <tr key={test.id}>
              <th scope="row" className={`${td} max-w-60 truncate text-left font-normal`} title={label(test)}>
                {label(test)}
              </th>
              <td className={`${td} font-semibold ${verdictColor(verdict)}`}>{t(`verdict.${verdict}`)}</td>
              <td className={`${td} whitespace-nowrap`}>
                {result && rate !== undefined
                  ? t('rate', {
                      passed: result.passed,
                      runs: result.runs.length,
                      percent: Math.round(rate * 100),
                    })
                  : '–'}
              </td>
              <td className={td}>{result && <CallsCell run={telling(result)} />}</td>
              <td className={`${td} whitespace-nowrap`}>
                {figures.latencyMs !== undefined ? t('ms', { ms: Math.round(figures.latencyMs) }) : '–'}
              </td>
              <td className={td}>{figures.tokens ?? '–'}</td>
              <td className={td}>{result && (complete || !running) ? why(result) : ''}</td>
              {previous && (
                <td className={td}>{kept ? t(`change.${compareResult(previous[test.id], kept)}`) : ''}</td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The run that says most: the first failing one, else the last. */
function telling(result: TestResult): RunResult | undefined {
  return result.runs.find((r) => !r.pass) ?? result.runs.at(-1);
}

function CallsCell({ run }: { run: RunResult | undefined }) {
  const { t } = useTranslation('toolTests');
  if (!run) return null;
  if (run.calls.length === 0)
    return (
      <span className="text-slate-700">
        {run.text ? t('answeredText', { text: clip(run.text, 80) }) : t('noCalls')}
      </span>
    );
  return (
    <ul className="flex flex-col gap-1">
      {run.calls.map((call, i) => (
        <li key={i}>
          <code className="break-all text-xs">
            {call.name} {clip(call.arguments, 160)}
          </code>
          {(call.violations.length > 0 || call.notJson) && (
            <ul className="text-xs text-red-800">
              {call.violations.map((v, j) => (
                <li key={j}>✗ {violationText(v)}</li>
              ))}
              {call.notJson && <li>✗ {call.notJson}</li>}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

function verdictColor(verdict: string): string {
  return verdict === 'pass' ? 'text-green-800' : verdict === 'fail' ? 'text-red-800' : 'text-slate-700';
}

function clip(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
