import { useTranslation } from 'react-i18next';
import {
  compareResult,
  keepResults,
  passRate,
  runFigures,
  type KeptResult,
  type RunResult,
  type TestResult,
  type ToolTest,
} from '../../core/tools/tool-tests';
import { useViolationLine } from '../tool-builder';
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
  // Fixed layout with set widths: the table wraps inside its pane instead of overflowing it.
  const th = 'border-b border-line px-1 py-1 text-left align-bottom font-semibold';
  const td = 'border-b border-line px-1 py-1 align-top break-words';
  return (
    <table aria-label={t('results')} className="w-full table-fixed border-collapse text-xs">
      <thead>
        <tr>
          <th className={`${th} w-[18%]`}>{t('col.test')}</th>
          <th className={`${th} w-[8%]`}>{t('col.result')}</th>
          <th className={`${th} w-[11%]`}>{t('col.passRate')}</th>
          <th className={`${th} w-[25%]`}>{t('col.calls')}</th>
          <th className={`${th} w-[9%]`}>{t('col.latency')}</th>
          <th className={`${th} w-[8%]`}>{t('col.tokens')}</th>
          <th className={th}>{t('col.why')}</th>
          {previous && <th className={`${th} w-[10%]`}>{t('col.change')}</th>}
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
              <th scope="row" className={`${td} text-left font-normal`}>
                {label(test)}
              </th>
              <td className={`${td} font-semibold ${verdictColor(verdict)}`}>{t(`verdict.${verdict}`)}</td>
              <td className={td}>
                {result && rate !== undefined
                  ? t('rate', {
                      passed: result.passed,
                      runs: result.runs.length,
                      percent: Math.round(rate * 100),
                    })
                  : '–'}
              </td>
              <td className={td}>{result && <CallsCell run={telling(result)} />}</td>
              <td className={td}>
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
  const violationLine = useViolationLine();
  if (!run) return null;
  if (run.calls.length === 0)
    return (
      <span className="text-ink-muted">
        {run.text ? t('answeredText', { text: clip(run.text, 48) }) : t('noCalls')}
      </span>
    );
  return (
    <ul className="flex flex-col gap-1">
      {run.calls.map((call, i) => (
        <li key={i}>
          <code className="break-all">
            {call.name} {clip(call.arguments, 160)}
          </code>
          {(call.violations.length > 0 || call.notJson) && (
            <ul className="text-danger">
              {call.violations.map((v, j) => (
                <li key={j}>✗ {violationLine(v)}</li>
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
  return verdict === 'pass' ? 'text-success-ink' : verdict === 'fail' ? 'text-danger' : 'text-ink-muted';
}

function clip(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
