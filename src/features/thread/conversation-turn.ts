/**
 * Conversation mode: turns go into a server-side Conversation (`conversation: "conv_…"`) instead of
 * naming `previous_response_id`. A thread that has none yet gets one, holding what came before
 * (replayed from this browser's history), so the server sees the same context.
 */
import { addConversationItems, createConversation } from '../../core/api/conversations';
import type { Endpoint } from '../../core/api/types';
import { buildReplayInput, type HistoryEntry } from '../../core/history';
import { err, ok, type Result } from '../../core/result';
import { i18n } from '../../i18n';
import { replayChain } from './replay-chain';

/** The API takes at most this many items per conversation call. */
const ITEMS_PER_CALL = 20;

/** The conversation a turn after `parent` goes into; created (and filled) when the thread has none. */
export async function conversationFor(
  endpoint: Endpoint,
  parent: HistoryEntry | undefined,
): Promise<Result<string, string>> {
  if (parent?.conversationId && parent.kind !== 'compaction') return ok(parent.conversationId);
  const chain = await replayChain(parent?.id);
  if (!chain.ok) return err(i18n.t('thread:send.conversationFailed', { reason: chain.error }));
  const { input } = buildReplayInput(chain.value, []);
  const failed = (message: string) => err(i18n.t('responsesApi:conversation.createFailed', { message }));
  const created = await createConversation(endpoint, { items: input.slice(0, ITEMS_PER_CALL) });
  if (!created.ok) return failed(created.error.message);
  for (let from = ITEMS_PER_CALL; from < input.length; from += ITEMS_PER_CALL) {
    const added = await addConversationItems(
      endpoint,
      created.value.id,
      input.slice(from, from + ITEMS_PER_CALL),
    );
    if (!added.ok) return failed(added.error.message);
  }
  return ok(created.value.id);
}
