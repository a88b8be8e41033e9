import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/ui/copy-button';
import { requestIds } from '../../core/api/wire-exchange';
import { useShallow } from 'zustand/react/shallow';
import { useRunStore } from '../../state/run';

/**
 * The request id the server returned (the first id header of the latest answer, else new-api's
 * `(request id: …)` in an error message), copyable: what a relay's support asks for.
 */
export function RunRequestId() {
  const { exchanges, requestId, errorRequestId } = useRunStore(
    useShallow((s) => ({
      exchanges: s.exchanges,
      requestId: s.view.requestId,
      errorRequestId: s.view.error?.requestId,
    })),
  );
  const headers = exchanges[exchanges.length - 1]?.response?.headers ?? [];
  const id = requestIds(headers)[0]?.value ?? requestId ?? errorRequestId;
  return id ? <RequestId id={id} /> : null;
}

/** "Request id req_… [Copy]". */
export function RequestId({ id, className }: { id: string; className?: string }) {
  const { t } = useTranslation(['output', 'common']);
  return (
    <span className={`inline-flex flex-wrap items-center gap-1 text-xs ${className ?? ''}`}>
      <span className="text-ink-muted">{t('requestId')}</span>
      <code data-request-id="" className="rounded bg-surface-muted px-1 font-mono text-ink">
        {id}
      </code>
      <CopyButton label={t('copy.requestId')} text={id} copied={t('copy.copied')} failed={t('copy.failed')}>
        {t('common:copy')}
      </CopyButton>
    </span>
  );
}
