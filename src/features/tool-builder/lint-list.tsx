import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { InlineCode } from '../../components/ui/inline-code';
import type { Finding, Fix } from '../../core/tools';
import { useLintWords } from './lint-words';
import { plain } from './plain-text';

const ICON = { error: '✗', warning: '⚠', info: 'ℹ' } as const;
const TONE = { error: 'text-danger', warning: 'text-warning-ink', info: 'text-ink-muted' } as const;

interface Props {
  findings: Finding[];
  label: string;
  onFix: (fix: Fix) => void;
  disabled: boolean;
  /** A "Fix all" action: beside the errors, or with the opened advice when there are no errors. */
  fixAll?: ReactNode;
}

/**
 * Linter findings, each with where it points and its one-click fix. Errors (what the API would
 * reject) are always listed; warnings and notes are advice, folded behind one "N warnings" toggle so
 * a card that works stays quiet.
 */
export function LintList({ findings, label, onFix, disabled, fixAll }: Props) {
  const { t } = useTranslation('tools');
  const [open, setOpen] = useState(false);
  const adviceId = useId();
  if (findings.length === 0) return null;
  const errors = findings.filter((f) => f.severity === 'error');
  const advice = findings.filter((f) => f.severity !== 'error');
  const warnings = advice.filter((f) => f.severity === 'warning').length;
  const notes = advice.length - warnings;
  const summary = [
    warnings > 0 ? t('lintList.warnings', { count: warnings }) : '',
    notes > 0 ? t('lintList.notes', { count: notes }) : '',
  ]
    .filter((s) => s !== '')
    .join(', ');
  const items = (list: Finding[]) =>
    list.map((f, i) => (
      <FindingRow key={`${f.rule}${f.pointer}${i}`} finding={f} onFix={onFix} disabled={disabled} />
    ));
  return (
    <div className="mt-2 flex flex-col items-start gap-1 text-xs">
      {errors.length > 0 && (
        <>
          <ul aria-label={label} className="flex flex-col gap-1">
            {items(errors)}
          </ul>
          {fixAll}
        </>
      )}
      {advice.length > 0 && (
        <>
          <Button
            variant="link"
            size="xs"
            className="text-ink-muted"
            aria-expanded={open}
            aria-controls={adviceId}
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'} </span>
            {summary}
            <span className="sr-only"> ({label})</span>
          </Button>
          {open && (
            <ul id={adviceId} aria-label={t('lintList.advice', { label })} className="flex flex-col gap-1">
              {items(advice)}
            </ul>
          )}
          {open && errors.length === 0 && fixAll}
        </>
      )}
    </div>
  );
}

function FindingRow({
  finding: f,
  onFix,
  disabled,
}: { finding: Finding } & Omit<Props, 'findings' | 'label'>) {
  const { t } = useTranslation('tools');
  const words = useLintWords();
  return (
    <li className={`flex flex-wrap items-baseline gap-1.5 ${TONE[f.severity]}`}>
      <span aria-label={t(`lintList.severity.${f.severity}`)}>{ICON[f.severity]}</span>
      <span className="font-mono" title={plain(words.rule(f.rule))}>
        {f.rule}
      </span>
      <span>
        <InlineCode text={words.message(f)} />
      </span>
      <code className="font-mono text-ink-muted" title={f.context}>
        {f.pointer}
      </code>
      {f.fix && (
        <Button size="xs" disabled={disabled} onClick={() => onFix(f.fix as Fix)}>
          <InlineCode text={t('lintList.fix', { label: words.fixLabel(f.fix) })} />
        </Button>
      )}
    </li>
  );
}
