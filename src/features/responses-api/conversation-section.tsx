import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '../../components/ui/button';
import { keyScope } from '../../core/endpoints';
import { isLive } from '../../core/response/selectors';
import { useConnectionStore } from '../../state/connection';
import { useRunStore } from '../../state/run';
import { useHistoryStore } from '../history';
import { ItemList } from './item-list';
import { activeEndpoint, conversationItemsQuery } from './queries';

/** region Conversation: the items of the selected turn's conversation, as the server holds them. */
export function ConversationSection() {
  const { t } = useTranslation('responsesApi');
  const entry = useHistoryStore(
    useShallow((s) => {
      const id = s.selectedId ?? s.shownId;
      return id ? s.entries[id] : undefined;
    }),
  );
  const baseUrl = useConnectionStore((s) => s.baseUrl);
  const settled = useRunStore((s) => !isLive(s.view.status));
  const id =
    entry?.conversationId && keyScope(entry.baseUrl) === keyScope(baseUrl) ? entry.conversationId : '';
  const query = useQuery({ ...conversationItemsQuery(activeEndpoint(), id), enabled: id !== '' });
  const { refetch } = query;
  // A turn that just ended added items.
  useEffect(() => {
    if (settled && id) void refetch();
  }, [settled, id, refetch]);
  if (!id) return null;
  const result = query.data;
  return (
    <section
      aria-label={t('conversation.title')}
      className="flex flex-col gap-2 rounded border border-line bg-surface p-3"
    >
      <header className="flex flex-wrap items-center gap-2">
        <h2 className="text-base font-semibold">{t('conversation.title')}</h2>
        <span className="font-mono text-xs text-ink">{id}</span>
        <Button size="xs" className="ml-auto" onClick={() => void refetch()}>
          {t('conversation.refresh')}
        </Button>
      </header>
      {!result ? (
        <p className="text-xs text-ink-muted">{t('conversation.loading')}</p>
      ) : !result.ok ? (
        <p className="text-xs text-danger">{t('conversation.failed', { message: result.error.message })}</p>
      ) : result.value.data.length === 0 ? (
        <p className="text-xs text-ink-muted">{t('conversation.none')}</p>
      ) : (
        <ItemList items={result.value.data} label={t('conversation.items', { id })} />
      )}
    </section>
  );
}
