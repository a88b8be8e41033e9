/** Reopening and re-running comparisons kept in history, and opening shared ones. */
import {
  priceFor,
  runMeasures,
  savedComparisons,
  type ColumnRun,
  type ColumnSettings,
  type SavedComparison,
  type SharedComparison,
} from '../../core/compare';
import { keyScope } from '../../core/endpoints/key-scope';
import { toolCalls, type HistoryBody, type HistoryEntry } from '../../core/history';
import { outputText } from '../../core/response/selectors';
import { ok } from '../../core/result';
import { i18n } from '../../i18n';
import { useConnectionStore } from '../../state/connection';
import { loadBody, useHistoryStore } from '../history';
import { stopAllColumns } from './column-runner';
import { emptyLive, newColumnId, useCompareStore, type ColumnLive } from './compare-store';
import { startComparison } from './send-all';

function findSaved(groupId: string): SavedComparison | undefined {
  return savedComparisons(Object.values(useHistoryStore.getState().entries)).find(
    (s) => s.groupId === groupId,
  );
}

/** A column's settings from its first entry: profile (when it still exists), base URL, model, overrides. */
function settingsOf(entry: HistoryEntry): ColumnSettings {
  const group = entry.group;
  const profiles = useConnectionStore.getState().profiles;
  const profile = profiles.find((p) => p.id === group?.profileId);
  return {
    id: newColumnId(),
    ...(profile ? { profileId: profile.id } : {}),
    baseUrl: profile?.baseUrl ?? entry.baseUrl,
    model: group?.model ?? '',
    overrides: group?.overrides ?? '',
  };
}

function runOf(entry: HistoryEntry, body: HistoryBody | undefined, settings: ColumnSettings): ColumnRun {
  const view = body?.view;
  const prices = useConnectionStore.getState().profiles.find((p) => p.id === settings.profileId)?.prices;
  const price = priceFor(prices, settings.model || entry.model);
  const measures = view
    ? runMeasures(view, price)
    : { eventCount: 0, httpStatus: entry.httpStatus, ttftMs: undefined, totalMs: undefined };
  return {
    status: entry.status,
    measures,
    eventTypes: entry.group?.eventTypes ?? {},
    answer: view ? outputText(view) : entry.outputPreview,
    toolCalls: view ? toolCalls(view) : [],
    ...(entry.model ? { model: entry.model } : {}),
  };
}

/** Shows a saved comparison in Compare: its columns, their last answers and every run's figures. */
export async function openSaved(groupId: string): Promise<void> {
  const saved = findSaved(groupId);
  if (!saved) return;
  stopAllColumns();
  const columns = saved.columns.map((entries) => settingsOf(entries[0]!));
  const live: Record<string, ColumnLive> = {};
  let requestText = '';
  await Promise.all(
    saved.columns.map(async (entries, i) => {
      const settings = columns[i]!;
      const bodies = await Promise.all(entries.map((e) => loadBody(e.id)));
      const last = bodies.at(-1);
      if (i === 0) requestText = bodies[0]?.requestText ?? '';
      live[settings.id] = {
        ...emptyLive(),
        view: last?.view ?? emptyLive().view,
        eventTypes: entries.at(-1)?.group?.eventTypes ?? {},
        runs: entries.map((entry, r) => runOf(entry, bodies[r], settings)),
        runIndex: entries.length - 1,
        runTotal: saved.runs,
        ...(bodies[0] ? { sentBody: bodies[0].requestText } : {}),
      };
    }),
  );
  useCompareStore.setState({
    open: true,
    columns,
    runsPerColumn: saved.runs,
    live,
    current: { groupId, at: saved.at, requestText },
    notice: undefined,
  });
}

/** Sends a saved comparison again: each column's recorded request to its base URL, as a new group. */
export async function rerunSaved(groupId: string): Promise<void> {
  const saved = findSaved(groupId);
  if (!saved) return;
  const bodies = await Promise.all(saved.columns.map((entries) => loadBody(entries[0]!.id)));
  if (bodies.some((b) => b === undefined)) {
    useCompareStore.setState({ notice: { kind: 'error', text: i18n.t('compare:rerunMissing') } });
    return;
  }
  stopAllColumns();
  const columns = saved.columns.map((entries) => settingsOf(entries[0]!));
  useCompareStore.setState({ open: true, columns, runsPerColumn: saved.runs, live: {} });
  startComparison(
    bodies[0]!.requestText,
    bodies.map((b) => ok(b!.requestText)),
  );
}

/**
 * Opens a shared comparison's columns (nothing is sent). A column whose base URL belongs to a
 * profile of this browser uses that profile (its key, headers and prices), as a link's base URL does.
 */
export function openSharedComparison(shared: SharedComparison): void {
  stopAllColumns();
  const profiles = useConnectionStore.getState().profiles;
  const columns = shared.columns.map((c): ColumnSettings => {
    const profile = profiles.find((p) => keyScope(p.baseUrl) === keyScope(c.baseUrl));
    return {
      id: newColumnId(),
      ...(profile ? { profileId: profile.id } : {}),
      baseUrl: c.baseUrl,
      model: c.model,
      overrides: c.overrides,
    };
  });
  useCompareStore.setState({
    open: true,
    columns,
    runsPerColumn: shared.runs,
    live: {},
    current: undefined,
    notice: { kind: 'info', text: i18n.t('compare:openedShared') },
  });
}
