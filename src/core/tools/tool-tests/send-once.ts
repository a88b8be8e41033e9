import { sendResponsesRequest } from '../../api/send-request';
import type { Endpoint } from '../../api/types';
import { initialView, reduceRun } from '../../response/reduce';
import { functionCalls, outputText, runFigures } from '../../response/selectors';
import type { ResponseView } from '../../response/types';
import type { SendOnce } from './run-tests';
import type { RunOutcome } from './types';

/**
 * A {@link SendOnce} over the app's own client: the same transport, stream decoding and reducer as a
 * Send in the editor, so a test sees exactly what the output pane would.
 */
export function endpointSender(endpoint: Endpoint, fetchImpl?: typeof fetch): SendOnce {
  return async (body, signal) => {
    let view = initialView();
    await sendResponsesRequest({
      endpoint,
      body,
      signal,
      fetch: fetchImpl,
      onAction: (action) => {
        view = reduceRun(view, action);
      },
    });
    return outcomeOf(view);
  };
}

/** What a finished run's view says, reduced to what a verdict needs. */
export function outcomeOf(view: ResponseView): RunOutcome {
  const outcome: RunOutcome = {
    status: view.status,
    calls: functionCalls(view).map(({ name, arguments: args }) => ({ name, arguments: args })),
  };
  if (view.error) outcome.error = view.error.message;
  if (view.incompleteReason !== undefined) outcome.incompleteReason = view.incompleteReason;
  const { totalMs } = runFigures(view);
  if (totalMs !== undefined) outcome.latencyMs = totalMs;
  if (view.usage) {
    const { inputTokens, outputTokens, totalTokens } = view.usage;
    outcome.usage = { inputTokens, outputTokens, totalTokens };
  }
  const text = outputText(view).trim();
  if (text) outcome.text = text.length > 300 ? `${text.slice(0, 299)}…` : text;
  return outcome;
}
