import { useTranslation } from 'react-i18next';
import { Badge, type Tone } from '../../components/ui/badge';
import type { RunStatus } from '../../core/response/types';

const TONE: Record<RunStatus, Tone> = {
  idle: 'neutral',
  connecting: 'info',
  queued: 'info',
  streaming: 'info',
  completed: 'success',
  incomplete: 'warning',
  failed: 'danger',
  cancelled: 'neutral',
};

/**
 * The state of the last response, in one word (translated: `completed` → 已完成), announced politely.
 * A background response followed by polling (no stream) is "in progress" rather than streaming.
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
  const { t } = useTranslation(['output', 'responsesApi']);
  const word =
    polling && status === 'streaming' ? t('responsesApi:status.inProgress') : t(`output:status.${status}`);
  return (
    <span role="status">
      <Badge tone={TONE[status]} className="px-2 py-0.5 text-sm font-semibold">
        {word}
        {reason ? ` (${reason})` : ''}
      </Badge>
    </span>
  );
}
