/** Send all, Stop all and re-running a saved comparison: one independent run per column. */
import { endpointUrlChecked } from '../../core/api/endpoint-url';
import { requestProblem, type ColumnProblem } from '../../core/compare';
import { parseRequestText } from '../../core/request/parse-request';
import type { Result } from '../../core/result';
import { i18n, saidText } from '../../i18n';
import { useWorkspaceStore } from '../../state/workspace';
import { runColumn, stopAllColumns } from './column-runner';
import { emptyLive, patchLive, useCompareStore } from './compare-store';
import { columnProblemText } from './problem-text';
import { columnTargets } from './targets';

function newGroupId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(5));
  return `g_${Date.now().toString(36)}${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Sends the editor's request to every column at once, each with its key, model and overrides. */
export function sendAll(): void {
  const requestText = useWorkspaceStore.getState().requestText;
  const parsed = parseRequestText(requestText);
  if (!parsed.ok) {
    const reason = columnProblemText(requestProblem(parsed.error));
    useCompareStore.setState({ notice: { kind: 'error', text: i18n.t('compare:notSentAll', { reason }) } });
    return;
  }
  const targets = columnTargets();
  startComparison(
    requestText,
    targets.map((t) => t.requestFor(requestText)),
  );
}

/**
 * Starts a comparison: each column sends its body (or shows why it cannot), all at once, as one
 * history group. Runs already going are stopped first.
 *
 * @param requestText the request the bodies were made from (kept for exports and sharing)
 * @param bodies one per column, in column order
 */
export function startComparison(requestText: string, bodies: readonly Result<string, ColumnProblem>[]): void {
  stopAllColumns();
  const { runsPerColumn: runs } = useCompareStore.getState();
  const groupId = newGroupId();
  useCompareStore.setState({ current: { groupId, at: Date.now(), requestText }, notice: undefined });
  columnTargets().forEach((target, index) => {
    const body = bodies[index];
    const url = endpointUrlChecked(target.endpoint.baseUrl, '/responses');
    const problem = !body
      ? i18n.t('compare:problem.noRequest')
      : !body.ok
        ? columnProblemText(body.error)
        : !url.ok
          ? saidText(url.error)
          : undefined;
    if (problem !== undefined || !body?.ok) {
      patchLive(target.id, { ...emptyLive(), blocked: i18n.t('compare:notSent', { reason: problem }) });
      return;
    }
    void runColumn({
      columnId: target.id,
      column: index,
      endpoint: target.endpoint,
      body: body.value,
      runs,
      price: target.priceFor(body.value),
      group: {
        id: groupId,
        column: index,
        run: 0,
        runs,
        model: target.settings.model,
        overrides: target.settings.overrides,
        ...(target.settings.profileId ? { profileId: target.settings.profileId } : {}),
      },
    });
  });
}

export { stopAllColumns as stopAll, stopColumn } from './column-runner';
