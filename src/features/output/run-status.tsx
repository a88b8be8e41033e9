import { useTranslation } from 'react-i18next';
import type { RunStatus } from '../../core/response/types';

const STYLE: Record<RunStatus, string> = {
  idle: 'bg-slate-100 text-slate-800',
  connecting: 'bg-sky-100 text-sky-900',
  queued: 'bg-sky-100 text-sky-900',
  streaming: 'bg-sky-100 text-sky-900',
  completed: 'bg-emerald-100 text-emerald-900',
  incomplete: 'bg-amber-100 text-amber-900',
  failed: 'bg-red-100 text-red-900',
  cancelled: 'bg-slate-200 text-slate-900',
};

/**
 * The state of the last response, in one word, announced politely. A background response followed
 * by polling (no stream) is "in progress" rather than streaming.
 */
export function RunStatusBadge({
  status,
  reason,
  polling,
}: {
  status: RunStatus;
  reason?: string;
  polling?: boolean;
}) {
  const { t } = useTranslation('responsesApi');
  return (
    <span role="status" className={`rounded px-2 py-0.5 text-sm font-semibold ${STYLE[status]}`}>
      {status === 'idle' ? 'ready' : polling && status === 'streaming' ? t('status.inProgress') : status}
      {reason ? ` (${reason})` : ''}
    </span>
  );
}
