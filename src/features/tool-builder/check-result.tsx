import { useTranslation } from 'react-i18next';
import { InlineCode } from '../../components/ui/inline-code';
import type { CheckView } from './validation-client';
import { violationMessage } from './violation-words';

/** One validation result: a verdict line and the violations, each with its JSON path. */
export function CheckResultView({
  label,
  result,
  subject,
}: {
  label: string;
  result: CheckView | undefined;
  subject: string;
}) {
  const { t } = useTranslation('tools');
  if (!result) return <p className="text-xs text-ink-muted">{t('check.checking', { subject })}</p>;
  const tone =
    result.status === 'valid'
      ? 'border-success-line bg-success-surface text-success-ink'
      : result.status === 'unavailable'
        ? 'border-line bg-surface-muted text-ink'
        : 'border-danger-line bg-danger-surface text-danger-ink';
  return (
    <div role="group" aria-label={label} className={`mt-2 rounded border p-2 text-xs ${tone}`}>
      {result.status === 'valid' && <p>{t('check.valid', { subject })}</p>}
      {result.status === 'not-json' && <p>{t('check.notJson', { subject, message: result.message })}</p>}
      {result.status === 'bad-schema' && <p>{t('check.badSchema', { message: result.message })}</p>}
      {result.status === 'unavailable' && (
        <p>
          <InlineCode text={t('check.unavailable', { message: result.message })} />
        </p>
      )}
      {result.status === 'invalid' && (
        <>
          <p>{t('check.violations', { subject, count: result.violations.length })}</p>
          <ul aria-label={t('check.violationsOf', { label })} className="mt-1 list-disc pl-5">
            {result.violations.map((v, i) => (
              <li key={i}>
                <code className="font-mono">{v.path || t('check.root')}</code> {violationMessage(t, v)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
