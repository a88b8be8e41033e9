import { Panel } from '../../components/ui/panel';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { toolCalls } from '../../core/history';
import { isLive } from '../../core/response/selectors';
import { useHistoryStore } from '../history';
import { useRunStore } from '../../state/run';
import { AutoAnswerPanel } from './auto-answer-panel';
import { CompactControl } from './compact-control';
import { FollowUpForm } from './follow-up-form';
import { ChainModeControl, ReplayOffer } from './replay-offer';
import { useThreadStore } from './thread-store';
import { ToolOutputsForm } from './tool-outputs-form';

const ANSWERABLE = new Set(['completed', 'incomplete']);

/**
 * The round trip under Output: tool outputs for the shown response's calls, the replay offer when
 * the server would not chain, follow-ups, the chaining mode, fixtures and auto-answer.
 */
export function ThreadPanel() {
  const { t } = useTranslation('thread');
  // Only a settled view matters here: the frames of a streaming response do not redraw this panel.
  const view = useRunStore((s) => (ANSWERABLE.has(s.view.status) ? s.view : undefined));
  const running = useRunStore((s) => isLive(s.view.status));
  const shown = useHistoryStore(useShallow((s) => (s.shownId ? s.entries[s.shownId] : undefined)));
  const sendError = useThreadStore((s) => s.sendError);
  const hasCalls = useMemo(() => view !== undefined && toolCalls(view).length > 0, [view]);

  return (
    <Panel label={t('title')} className="gap-3" actions={<ChainModeControl />}>
      {shown?.chainRefusal && !running && <ReplayOffer entry={shown} running={running} />}
      {hasCalls && view && <ToolOutputsForm key={view.responseId ?? 'no-id'} view={view} running={running} />}
      {sendError && (
        <p
          role="alert"
          className="rounded border border-danger-line bg-danger-surface p-2 text-sm text-danger-ink"
        >
          {sendError}
        </p>
      )}
      <FollowUpForm running={running} />
      <CompactControl running={running} />
      <AutoAnswerPanel />
    </Panel>
  );
}
