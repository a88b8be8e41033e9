import { create } from 'zustand';
import { describeRequest } from '../../core/presets/describe-request';
import type { ToolTest, ToolTestDraft } from '../../core/tools/tool-tests';
import { useConnectionStore, type HeaderRow } from '../../state/connection';
import { useToolTestsStore } from '../../state/tool-tests';
import { useWorkspaceStore } from '../../state/workspace';

/** What the workspace held before a link, preset or curl import replaced it (for Undo). */
interface Snapshot {
  requestText: string;
  baseUrl: string;
  headers: HeaderRow[];
  /** Set when the replacement brought tool tests of its own. */
  toolTests?: ToolTestDraft[];
}

/** The last replacement of the request, shown in a notice: what came in, and how to undo it. */
export interface Replacement {
  /** "Opened a shared link", "Loaded the preset “X”", … */
  title: string;
  /** What the new request holds (model, tools…), so nothing is sent blind. */
  summary: string;
  /** Set when the Base URL was changed too. */
  baseUrl?: string;
  notes: string[];
  previous: Snapshot;
}

export const useReplacementStore = create<{ last?: Replacement }>()(() => ({}));

type Connection = ReturnType<typeof useConnectionStore.getState> & {
  openBaseUrl?: (baseUrl: string) => void;
};

/**
 * Points the app at a base URL that came from outside (a link, a curl command). With connection
 * profiles this switches to (or creates) the profile for it instead of editing the current one.
 */
function openBaseUrl(connection: Connection, baseUrl: string): void {
  if (connection.openBaseUrl) connection.openBaseUrl(baseUrl);
  else connection.setBaseUrl(baseUrl);
}

/**
 * Replaces the editor's request (and, when given, the Base URL and extra headers) and shows a
 * notice with Undo. Nothing is sent: the user reads the request and presses Send.
 * A key is never set here; a key is scoped to its base URL, so a new base URL never gets another's.
 */
export function replaceRequest(change: {
  title: string;
  requestText: string;
  baseUrl?: string;
  headers?: HeaderRow[];
  notes?: string[];
  /** Tool tests that came with the request: they replace the workspace's (Undo puts those back). */
  tests?: readonly ToolTest[];
}): void {
  const connection: Connection = useConnectionStore.getState();
  const previous: Snapshot = {
    requestText: useWorkspaceStore.getState().requestText,
    baseUrl: connection.baseUrl,
    headers: connection.headers,
  };
  useWorkspaceStore.getState().setRequestText(change.requestText);
  if (change.tests?.length) {
    previous.toolTests = useToolTestsStore.getState().drafts;
    useToolTestsStore.getState().replaceAll(change.tests);
  }
  if (change.baseUrl !== undefined && change.baseUrl !== connection.baseUrl)
    openBaseUrl(connection, change.baseUrl);
  if (change.headers) useConnectionStore.getState().setHeaders(change.headers);
  const replacement: Replacement = {
    title: change.title,
    summary: describeRequest(change.requestText),
    notes: change.notes ?? [],
    previous,
  };
  if (change.baseUrl !== undefined && change.baseUrl !== previous.baseUrl)
    replacement.baseUrl = change.baseUrl;
  useReplacementStore.setState({ last: replacement });
}

/** Puts back what the last replacement overwrote. */
export function undoReplacement(): void {
  const last = useReplacementStore.getState().last;
  if (!last) return;
  useWorkspaceStore.getState().setRequestText(last.previous.requestText);
  if (last.previous.toolTests) useToolTestsStore.getState().restore(last.previous.toolTests);
  const connection: Connection = useConnectionStore.getState();
  if (connection.baseUrl !== last.previous.baseUrl) openBaseUrl(connection, last.previous.baseUrl);
  // Without profiles, extra headers are global: put them back. With profiles they belong to the
  // profile that was switched away from, which switching back restores.
  if (!connection.openBaseUrl) useConnectionStore.getState().setHeaders(last.previous.headers);
  useReplacementStore.setState({ last: undefined });
}

export function dismissReplacement(): void {
  useReplacementStore.setState({ last: undefined });
}
