import { create } from 'zustand';
import type { ToolTest, ToolTestDraft } from '../../core/tools/tool-tests';
import {
  selectSnapshot,
  useConnectionStore,
  type ConnectionSnapshot,
  type HeaderRow,
} from '../../state/connection';
import { useToolTestsStore } from '../../state/tool-tests';
import { useWorkspaceStore } from '../../state/workspace';
import { requestSummary } from './summary-text';

/** What a link, preset or curl import changed (for Undo): the request, and the connection before and after. */
interface Snapshot {
  requestText: string;
  baseUrl: string;
  connection: ConnectionSnapshot;
  /** The connection right after the replacement: Undo reverts only the difference. */
  after: ConnectionSnapshot;
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
 * Replaces the editor's request (and, when given, the Base URL, the extra headers of the profile it
 * lands on, and that profile's key for it) and shows a notice with Undo, which puts every one of them
 * back. Nothing is sent: the user reads the request and presses Send. The key is set after the base
 * URL switch: a key is scoped to its base URL, so it never reaches another endpoint.
 */
export function replaceRequest(change: {
  title: string;
  requestText: string;
  baseUrl?: string;
  headers?: HeaderRow[];
  apiKey?: string;
  notes?: string[];
  /** Tool tests that came with the request: they replace the workspace's (Undo puts those back). */
  tests?: readonly ToolTest[];
}): void {
  const connection: Connection = useConnectionStore.getState();
  const before = selectSnapshot(connection);
  const requestText = useWorkspaceStore.getState().requestText;
  useWorkspaceStore.getState().setRequestText(change.requestText);
  let toolTests: ToolTestDraft[] | undefined;
  if (change.tests?.length) {
    toolTests = useToolTestsStore.getState().drafts;
    useToolTestsStore.getState().replaceAll(change.tests);
  }
  if (change.baseUrl !== undefined && change.baseUrl !== connection.baseUrl)
    openBaseUrl(connection, change.baseUrl);
  if (change.headers) useConnectionStore.getState().setHeaders(change.headers);
  if (change.apiKey) useConnectionStore.getState().setApiKey(change.apiKey);
  const previous: Snapshot = {
    requestText,
    baseUrl: connection.baseUrl,
    connection: before,
    after: selectSnapshot(useConnectionStore.getState()),
    ...(toolTests ? { toolTests } : {}),
  };
  const replacement: Replacement = {
    title: change.title,
    summary: requestSummary(change.requestText),
    notes: change.notes ?? [],
    previous,
  };
  if (change.baseUrl !== undefined && change.baseUrl !== previous.baseUrl)
    replacement.baseUrl = change.baseUrl;
  useReplacementStore.setState({ last: replacement });
}

/**
 * Puts back what the last replacement changed: the request, the active profile, and every profile
 * and key it touched (headers merged into a profile, a profile it created, a key it set).
 */
export function undoReplacement(): void {
  const last = useReplacementStore.getState().last;
  if (!last) return;
  useWorkspaceStore.getState().setRequestText(last.previous.requestText);
  if (last.previous.toolTests) useToolTestsStore.getState().restore(last.previous.toolTests);
  useConnectionStore.getState().restore(last.previous.connection, last.previous.after);
  useReplacementStore.setState({ last: undefined });
}

export function dismissReplacement(): void {
  useReplacementStore.setState({ last: undefined });
}
