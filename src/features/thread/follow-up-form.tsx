import { Button } from '../../components/ui/button';
import { useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { TextArea } from '../../components/ui/field';
import { useShallow } from 'zustand/react/shallow';
import { useHistoryStore } from '../history';
import { followUpParent, sendTurn } from './send-turn';
import { useThreadStore } from './thread-store';

/**
 * The follow-up box: the current request's settings, `input` set to the message, continuing the
 * selected response (the latest by default).
 */
export function FollowUpForm({ running }: { running: boolean }) {
  const { t } = useTranslation('thread');
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
    <section aria-label={t('followUp.region')} className="flex flex-col gap-1">
      <label htmlFor="follow-up-message" className="text-sm font-semibold">
        {t('followUp.label')}
      </label>
      <p className="text-xs text-ink-muted">
        {parent ? (
          <Trans
            t={t}
            i18nKey="followUp.continues"
            values={{
              id: parent.responseId ?? t('followUp.noResponseId'),
              title: parent.title ? ` (${parent.title})` : '',
            }}
            components={[<span key="id" className="font-mono" />]}
          />
        ) : (
          t('followUp.startsNew')
        )}
      </p>
      <TextArea
        id="follow-up-message"
        rows={2}
        className="p-1"
        value={message}
        onChange={(e) => useThreadStore.setState({ followUp: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            // Ours, not the page-wide Ctrl+Enter that sends the editor's request.
            e.preventDefault();
            void send();
          }
        }}
        placeholder={t('followUp.placeholder')}
      />
      <div>
        <Button
          variant="primary"
          size="md"
          onClick={() => void send()}
          disabled={running || sending || !message.trim()}
        >
          {t('followUp.send')}
        </Button>
      </div>
    </section>
  );
}
