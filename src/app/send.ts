import { create } from 'zustand';
import { endpointUrl } from '../core/api/endpoint-url';
import { bodyInput, conversationOf } from '../core/history';
import { parseRequestText } from '../core/request/parse-request';
import { entryIdOfResponse, newestEntryIdInConversation } from '../features/history';
import { selectEndpoint, useConnectionStore } from '../state/connection';
import { useRunStore } from '../state/run';
import { useWorkspaceStore } from '../state/workspace';

/** Why the last Send did not send (invalid JSON, bad base URL); cleared by the next edit or send. */
export const useSendBlock = create<{ reason?: string }>()(() => ({}));

/**
 * Sends exactly the editor's text to the current base URL with that base URL's key. Why it did not
 * send, if it did not, goes to `useSendBlock`.
 */
export function sendCurrentRequest(): void {
  useSendBlock.setState({ reason: trySend() });
}

function trySend(): string | undefined {
  const text = useWorkspaceStore.getState().requestText;
  const parsed = parseRequestText(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    return `Not sent: Request JSON is invalid at line ${line}, column ${column}: ${message}`;
  }
  const connection = useConnectionStore.getState();
  const url = endpointUrl(connection.baseUrl, '/responses');
  if (!url.ok) return `Not sent: ${url.error}`;
  // A typed previous_response_id continues that response's history entry, when this tab has it; a
  // request in a Conversation continues the newest turn recorded in it.
  const previous = parsed.value.previous_response_id;
  const conversation = conversationOf(parsed.value);
  // The active profile's key and headers, routed through the local proxy when that is on.
  useRunStore.getState().send({
    endpoint: selectEndpoint(connection),
    body: text,
    meta: {
      kind: 'request',
      mode: conversation ? 'conversation' : 'chain',
      parentId:
        typeof previous === 'string'
          ? entryIdOfResponse(previous)
          : newestEntryIdInConversation(conversation),
      turnInput: bodyInput(parsed.value),
    },
  });
  return undefined;
}
