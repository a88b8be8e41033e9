import { useMemo } from 'react';
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
  const view = useRunStore((s) => s.view);
  const running = isLive(view.status);
  const shown = useHistoryStore(useShallow((s) => (s.shownId ? s.entries[s.shownId] : undefined)));
  const sendError = useThreadStore((s) => s.sendError);
  const hasCalls = useMemo(() => ANSWERABLE.has(view.status) && toolCalls(view).length > 0, [view]);

  return (
    <section aria-label="Thread" className="flex flex-col gap-3 rounded border border-slate-300 bg-white p-3">
      <header className="flex flex-wrap items-center gap-2">
        <h2 className="text-base font-semibold">Thread</h2>
        <div className="ml-auto">
          <ChainModeControl />
        </div>
      </header>
      {shown?.chainRefusal && !running && <ReplayOffer entry={shown} running={running} />}
      {hasCalls && <ToolOutputsForm key={view.responseId ?? 'no-id'} view={view} running={running} />}
      {sendError && (
        <p role="alert" className="rounded border border-red-400 bg-red-50 p-2 text-sm text-red-950">
          {sendError}
        </p>
      )}
      <FollowUpForm running={running} />
      <CompactControl running={running} />
      <AutoAnswerPanel />
    </section>
  );
}
