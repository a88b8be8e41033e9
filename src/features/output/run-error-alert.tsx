import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import type { RunError } from '../../core/response/types';
import { runErrorText } from './run-error-text';

/**
 * A failure with the HTTP status and the server's own message; what arrived before it stays on screen.
 * The local proxy's own answers (`source: 'proxy'`) keep their status (502/504) but never claim the
 * server answered.
 */
export function RunErrorAlert({ error, onRetry }: { error: RunError; onRetry?: () => void }) {
  const { t } = useTranslation('errors');
  const { message, hint } = runErrorText(t, error);
  const facts = [
    error.kind !== 'http' && error.status !== undefined && `HTTP ${error.status}`,
    error.type && t('alert.type', { value: error.type }),
    error.code && t('alert.code', { value: error.code }),
    error.param && t('alert.param', { value: error.param }),
    error.requestId && t('alert.requestId', { value: error.requestId }),
  ].filter(Boolean);
  const title =
    error.source === 'proxy'
      ? t(error.text ? 'alert.proxyUnreached' : 'alert.proxyRefused')
      : t(`alert.${error.kind}`);
  return (
    <div role="alert" className="rounded border border-red-400 bg-red-50 p-3 text-sm text-red-950">
      <p className="font-semibold">
        {error.kind === 'http' && error.status !== undefined ? `${error.status} · ` : ''}
        {title}
      </p>
      <p className="mt-1 break-words whitespace-pre-wrap">{message}</p>
      {facts.length > 0 && <p className="mt-1 font-mono text-xs">{facts.join(' · ')}</p>}
      {hint && <p className="mt-1">{hint}</p>}
      {error.raw && (
        <details className="mt-1">
          <summary className="cursor-pointer text-xs">{t('alert.rawAnswer')}</summary>
          <pre className="max-h-48 overflow-auto text-xs whitespace-pre-wrap">{error.raw}</pre>
        </details>
      )}
      {onRetry && (
        <Button className="mt-2" onClick={onRetry}>
          {t('alert.retry')}
        </Button>
      )}
    </div>
  );
}
