/**
 * The auto-answer loop: while it is on, a response of this tab that ends with tool calls is
 * answered from the saved fixtures, turn after turn, until the model answers in text, a call has
 * no fixture, something fails, or the step limit is reached. Each step lands in the trail.
 */
import { toolCalls, type HistoryEntry } from '../../core/history';
import type { ResponseView } from '../../core/response/types';
import { onTurnFinished, onTurnStarted } from '../history';
import { sendToolOutputs } from './send-turn';
import { addTrail, useThreadStore } from './thread-store';
import { i18n } from '../../i18n';

let steps = 0;

function label(entry: HistoryEntry): string {
  return entry.responseId ?? i18n.t('thread:autoAnswer.noResponseId');
}

function onFinished(entry: HistoryEntry, view: ResponseView): void {
  const { autoAnswer, fixtures, stepLimit } = useThreadStore.getState();
  if (!autoAnswer) return;
  const inLoop = steps > 0;
  if (entry.status !== 'completed' && entry.status !== 'incomplete') {
    if (inLoop)
      addTrail(
        'stop',
        i18n.t('thread:autoAnswer.stoppedStatus', {
          id: label(entry),
          status: entry.status,
          detail: entry.errorMessage ? ` (${entry.errorMessage})` : '',
        }),
      );
    return;
  }
  const calls = toolCalls(view);
  if (calls.length === 0) {
    if (inLoop) addTrail('done', i18n.t('thread:autoAnswer.done', { id: label(entry), count: steps }));
    return;
  }
  const missing = [...new Set(calls.filter((c) => !(c.name in fixtures)).map((c) => c.name))];
  if (missing.length > 0) {
    addTrail('stop', i18n.t('thread:autoAnswer.noFixture', { names: missing.join(', '), id: label(entry) }));
    return;
  }
  if (steps >= stepLimit) {
    addTrail(
      'stop',
      i18n.t('thread:autoAnswer.limit', { limit: stepLimit, id: label(entry), count: calls.length }),
    );
    return;
  }
  steps++;
  const outputs = Object.fromEntries(calls.map((c) => [c.callId, fixtures[c.name] ?? '']));
  addTrail(
    'step',
    i18n.t('thread:autoAnswer.step', {
      step: steps,
      names: calls.map((c) => c.name).join(', '),
      id: label(entry),
    }),
  );
  // Not from inside the run store's notification: send once it has finished notifying.
  setTimeout(() => {
    void sendToolOutputs(view, outputs, 'auto-answer').then((reason) => {
      if (reason) addTrail('stop', i18n.t('thread:autoAnswer.stopped', { reason }));
    });
  }, 0);
}

/**
 * Follows this tab's turns whatever is on screen (started by the app's runtime). Returns the stop.
 */
export function startAutoAnswer(): () => void {
  const stopStarted = onTurnStarted((entry) => {
    // A turn the user sent starts a new loop: a fresh step count and trail.
    if (entry.kind === 'auto-answer') return;
    steps = 0;
    if (useThreadStore.getState().autoAnswer) useThreadStore.setState({ trail: [] });
  });
  const stopFinished = onTurnFinished(onFinished);
  return () => {
    stopStarted();
    stopFinished();
  };
}
