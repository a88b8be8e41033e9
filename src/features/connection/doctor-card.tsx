import type { CheckStatus, DoctorCheck } from '../../core/endpoints';

const MARK: Record<CheckStatus, { sign: string; word: string; className: string }> = {
  pass: { sign: '✓', word: 'pass', className: 'text-green-800' },
  warn: { sign: '!', word: 'warning', className: 'text-amber-800' },
  fail: { sign: '✗', word: 'fail', className: 'text-red-800' },
  skip: { sign: '–', word: 'skipped', className: 'text-slate-600' },
};

/** The compatibility card's checks, one row each: status, name, what was found, latency. */
export function DoctorChecks({ checks }: { checks: DoctorCheck[] }) {
  return (
    <ul aria-label="Compatibility card" className="flex flex-col gap-1 text-sm">
      {checks.map((c) => {
        const mark = MARK[c.status];
        return (
          <li key={c.id} aria-label={`${c.label}: ${mark.word}`} className="flex gap-2">
            <span aria-hidden="true" className={`w-4 shrink-0 font-bold ${mark.className}`}>
              {mark.sign}
            </span>
            <span className="w-48 shrink-0 font-medium">{c.label}</span>
            <span className={`w-16 shrink-0 ${mark.className}`}>{mark.word}</span>
            <span className="min-w-0 flex-1 break-words">{c.summary}</span>
            {c.ms !== undefined && <span className="shrink-0 text-xs text-slate-600">{c.ms} ms</span>}
          </li>
        );
      })}
    </ul>
  );
}
