import { Button } from '../../components/ui/button';
import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useHistoryStore } from '../history';
import { followUpParent, sendTurn } from './send-turn';
import { useThreadStore } from './thread-store';

/**
 * The follow-up box: the current request's settings, `input` set to the message, continuing the
 * selected response (the latest by default).
 */
export function FollowUpForm({ running }: { running: boolean }) {
  const message = useThreadStore((s) => s.followUp);
  const { entries, selectedId } = useHistoryStore(
    useShallow((s) => ({ entries: s.entries, selectedId: s.selectedId })),
  );
  const parentId = useMemo(() => followUpParent(entries, selectedId), [entries, selectedId]);
  const parent = parentId ? entries[parentId] : undefined;
  const [sending, setSending] = useState(false);

  const send = async () => {
    if (!message.trim() || running || sending) return;
    setSending(true);
    const reason = await sendTurn({
      kind: 'follow-up',
      turnInput: [{ role: 'user', content: message }],
      inputText: message,
      parentId,
    });
    useThreadStore.setState(reason ? { sendError: reason } : { sendError: undefined, followUp: '' });
    setSending(false);
  };

  return (
    <section aria-label="Follow-up" className="flex flex-col gap-1">
      <label htmlFor="follow-up-message" className="text-sm font-semibold">
        Follow-up message
      </label>
      <p className="text-xs text-slate-700">
        {parent ? (
          <>
            Continues <span className="font-mono">{parent.responseId ?? '(no response id)'}</span>
            {parent.title ? ` (${parent.title})` : ''}. Select another entry in History to branch from it.
          </>
        ) : (
          'Starts a new conversation with the current request settings.'
        )}
      </p>
      <textarea
        id="follow-up-message"
        rows={2}
        className="rounded border border-slate-400 p-1 text-sm"
        value={message}
        onChange={(e) => useThreadStore.setState({ followUp: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            // Ours, not the page-wide Ctrl+Enter that sends the editor's request.
            e.preventDefault();
            void send();
          }
        }}
        placeholder="Ask something else (Ctrl+Enter sends)"
      />
      <div>
        <Button
          variant="primary"
          size="md"
          onClick={() => void send()}
          disabled={running || sending || !message.trim()}
        >
          Send follow-up
        </Button>
      </div>
    </section>
  );
}
