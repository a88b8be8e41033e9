import { buildIndex, pathTo, viewOutput, type ReplayTurn } from '../../core/history';
import { err, ok, type Result } from '../../core/result';
import { i18n } from '../../i18n';
import { loadBody, useHistoryStore } from '../history';

/**
 * The recorded turns from the root down to `parentId`, for replay mode. A compacted thread on the
 * way stands for everything above it: the turns start with its compacted items.
 */
export async function replayChain(parentId: string | undefined): Promise<Result<ReplayTurn[], string>> {
  if (!parentId) return ok([]);
  const index = buildIndex(Object.values(useHistoryStore.getState().entries));
  const full = pathTo(index, parentId);
  const compacted = full.findLastIndex((entry) => entry.kind === 'compaction');
  const path = compacted >= 0 ? full.slice(compacted) : full;
  const turns: ReplayTurn[] = [];
  for (const entry of path) {
    // Failed turns never reached the model's side of the conversation.
    if (entry.status !== 'completed' && entry.status !== 'incomplete') continue;
    const body = await loadBody(entry.id);
    if (!body?.view && entry.kind !== 'compaction')
      return err(i18n.t('thread:send.notStoredTurn', { id: entry.responseId ?? entry.id }));
    if (entry.kind === 'compaction') turns.push({ turnInput: body?.turnInput ?? [], output: [] });
    else turns.push({ turnInput: body!.turnInput, output: viewOutput(body!.view!.items) });
  }
  const root = path[0];
  if (compacted < 0 && root?.previousResponseId) {
    return err(
      `the conversation starts from ${root.previousResponseId}, which is not in this browser's history`,
    );
  }
  return ok(turns);
}
