import { Button } from '../../components/ui/button';
import type { Finding, Fix } from '../../core/tools';

const ICON = { error: '✗', warning: '⚠', info: 'ℹ' } as const;
const TONE = { error: 'text-red-900', warning: 'text-amber-900', info: 'text-slate-700' } as const;

/** Linter findings, each with where it points and its one-click fix. */
export function LintList({
  findings,
  label,
  onFix,
  disabled,
}: {
  findings: Finding[];
  label: string;
  onFix: (fix: Fix) => void;
  disabled: boolean;
}) {
  if (findings.length === 0) return null;
  const counts = (['error', 'warning', 'info'] as const).map(
    (s) => [s, findings.filter((f) => f.severity === s).length] as const,
  );
  return (
    <details className="mt-2 text-xs" open={findings.some((f) => f.severity === 'error')}>
      <summary className="cursor-pointer">
        {label}:{' '}
        {counts
          .filter(([, n]) => n > 0)
          .map(([s, n]) => `${n} ${s}${n === 1 ? '' : 's'}`)
          .join(', ')}
      </summary>
      <ul aria-label={label} className="mt-1 flex flex-col gap-1">
        {findings.map((f, i) => (
          <li
            key={`${f.rule}${f.pointer}${i}`}
            className={`flex flex-wrap items-baseline gap-1.5 ${TONE[f.severity]}`}
          >
            <span aria-label={f.severity}>{ICON[f.severity]}</span>
            <span className="font-mono">{f.rule}</span>
            <span>{f.message}</span>
            <code className="font-mono text-slate-600" title={f.context}>
              {f.pointer}
            </code>
            {f.fix && (
              <Button size="xs" disabled={disabled} onClick={() => onFix(f.fix as Fix)}>
                Fix: {f.fix.label}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
