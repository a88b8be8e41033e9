import { endpointUrlChecked } from '../core/api/endpoint-url';
import { bodyInput, conversationOf } from '../core/history';
import { parseRequestText } from '../core/request/parse-request';
import type { JsonObject } from '../core/response/types';
import type { Finding } from '../core/tools';
import { entryIdOfResponse, newestEntryIdInConversation } from '../features/history';
import { guardStrictSend, requestErrorText } from '../features/request-editor';
import { i18n, saidText } from '../i18n';
import { selectEndpoint, useConnectionStore } from '../state/connection';
import { useRunStore } from '../state/run';
import { useWorkspaceStore } from '../state/workspace';
import { useSendBlock } from './send-trigger';

/** Fields the tools check reads: a request without any of them has nothing it could reject. */
const CHECKED_FIELDS = ['tools', 'tool_choice', 'text', 'response_format', 'functions'];

/**
 * Sends exactly the editor's text to the current base URL with that base URL's key. Why it did not
 * send, if it did not, goes to `useSendBlock`. A request with strict-mode errors (tools or schemas
 * OpenAI would reject) is not sent silently: Send asks once (Send anyway / Fix), and asks again only
 * when the errors change. Ctrl/Cmd+Enter comes here too.
 */
export function sendCurrentRequest(): void {
  const text = useWorkspaceStore.getState().requestText;
  const parsed = parseRequestText(text);
  if (!parsed.ok) {
    const { line, column } = parsed.error;
    const message = requestErrorText(parsed.error);
    useSendBlock.setState({ reason: i18n.t('editor:notSentInvalid', { line, column, message }) });
    return;
  }
  const connection = useConnectionStore.getState();
  const url = endpointUrlChecked(connection.baseUrl, '/responses');
  if (!url.ok) {
    useSendBlock.setState({ reason: i18n.t('editor:notSent', { reason: saidText(url.error) }) });
    return;
  }
  useSendBlock.setState({ reason: undefined });
  const send = () => sendText(text, parsed.value);
  const request = parsed.value;
  // The usual request has no tools: send it at once, without loading the checker.
  if (!CHECKED_FIELDS.some((field) => field in request)) return send();
  void strictFindings(request).then((findings) => guardStrictSend(findings, send));
}

/** The tools check's findings, loaded on demand (it shares a chunk with the Tools panel). */
async function strictFindings(request: JsonObject): Promise<Finding[]> {
  try {
    const { lintRequest } = await import('../core/tools/lint-request');
    return lintRequest(request);
  } catch {
    // The check could not load (offline after an update): send as before rather than not at all.
    return [];
  }
}

function sendText(text: string, request: JsonObject): void {
  const connection = useConnectionStore.getState();
  // A typed previous_response_id continues that response's history entry, when this tab has it; a
  // request in a Conversation continues the newest turn recorded in it.
  const previous = request.previous_response_id;
  const conversation = conversationOf(request);
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
      turnInput: bodyInput(request),
    },
  });
}
