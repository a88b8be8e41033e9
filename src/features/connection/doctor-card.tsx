import { useTranslation } from 'react-i18next';
import { CHECK_LABELS, type CheckStatus, type DoctorCheck } from '../../core/endpoints';
import { doctorResult } from './doctor-words';

const MARK: Record<CheckStatus, { sign: string; className: string }> = {
  pass: { sign: '✓', className: 'text-green-800' },
  warn: { sign: '!', className: 'text-amber-800' },
  fail: { sign: '✗', className: 'text-red-800' },
  skip: { sign: '–', className: 'text-slate-600' },
};

/** The compatibility card's checks, one row each: status, name, what was found, latency. */
export function DoctorChecks({ checks }: { checks: DoctorCheck[] }) {
  const { t } = useTranslation('connection');
  const { t: td } = useTranslation('doctor');
  const { t: te } = useTranslation('errors');
  return (
    <ul aria-label={t('doctor.card')} className="flex flex-col gap-1 text-sm">
      {checks.map((c) => {
        const mark = MARK[c.status];
        const word = t(`doctor.status.${c.status}`);
        // Labels by check id; a card saved by an older version may hold an id we no longer know.
        const label = c.id in CHECK_LABELS ? t(`doctor.labels.${c.id}`) : c.label;
        return (
          <li key={c.id} aria-label={`${label}: ${word}`} className="flex gap-2">
            <span aria-hidden="true" className={`w-4 shrink-0 font-bold ${mark.className}`}>
              {mark.sign}
            </span>
            <span className="w-48 shrink-0 font-medium">{label}</span>
            <span className={`w-16 shrink-0 ${mark.className}`}>{word}</span>
            <span className="min-w-0 flex-1 break-words">{doctorResult(td, c, te)}</span>
            {c.ms !== undefined && <span className="shrink-0 text-xs text-slate-600">{c.ms} ms</span>}
          </li>
        );
      })}
    </ul>
  );
}
