import { create } from 'zustand';
import { endpointUrl } from '../core/api/endpoint-url';
import { parseRequestText } from '../core/request/parse-request';
import { selectApiKey, useConnectionStore } from '../features/connection';
import { useRunStore } from '../features/run';
import { useWorkspaceStore } from '../features/workspace';

/** Why the last Send did not send (invalid JSON, bad base URL); cleared by the next edit or send. */
export const useSendBlock = create<{ reason?: string }>()(() => ({}));

/**
 * Sends exactly the editor's text to the current base URL with that base URL's key.
 * Returns why it did not send, or undefined when it did.
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
  const headers = Object.fromEntries(
    connection.headers.filter((h) => h.name.trim()).map((h) => [h.name.trim(), h.value] as const),
  );
  useRunStore.getState().send({
    endpoint: { baseUrl: connection.baseUrl, apiKey: selectApiKey(connection), headers },
    body: text,
  });
  return undefined;
}
