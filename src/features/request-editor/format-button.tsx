import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { formatRequestText } from '../../core/request/format-request';

/**
 * Format: pretty-prints Request JSON (whitespace only, so what is sent means the same). The result
 * goes in as one outside edit, which Monaco applies as a single undo step. Unavailable, with the
 * reason shown, while the JSON does not parse.
 */
export function FormatButton({
  value,
  valid,
  onChange,
}: {
  value: string;
  valid: boolean;
  onChange: (text: string) => void;
}) {
  const { t } = useTranslation('editor');
  const reasonId = useId();
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        size="sm"
        disabled={!valid}
        // Still focusable while disabled, so keyboard and screen-reader users hear why.
        accessibleWhenDisabled
        aria-describedby={valid ? undefined : reasonId}
        title={t('formatTitle')}
        onClick={() => {
          const formatted = formatRequestText(value);
          if (formatted !== value) onChange(formatted);
        }}
      >
        {t('format')}
      </Button>
      {!valid && (
        <span id={reasonId} className="text-xs text-ink-muted">
          {t('formatDisabled')}
        </span>
      )}
    </span>
  );
}
