import { create } from 'zustand';
import { i18n } from '../i18n';
import { whenStarted } from './runtime';

/** Why the last Send did not send (invalid JSON, bad base URL); cleared by the next edit or send. */
export const useSendBlock = create<{ reason?: string }>()(() => ({}));

/**
 * Send (the button, Ctrl/Cmd+Enter). The send path (`send.ts`: checks, history links, the strict
 * dialog) is its own chunk, out of the first paint; the runtime loads it at idle after the first
 * paint (`preloadSend`), so a click seldom waits for it.
 */
export function sendCurrentRequest(): void {
  // After the deferred runtime: the history recorder must be listening when the run starts.
  void Promise.all([preloadSend(), whenStarted()]).then(
    ([send]) => send.sendCurrentRequest(),
    (error: unknown) =>
      // The chunk could not load (offline after an update): say so rather than doing nothing.
      useSendBlock.setState({
        reason: i18n.t('editor:notSent', { reason: error instanceof Error ? error.message : String(error) }),
      }),
  );
}

let sendModule: Promise<typeof import('./send')> | undefined;

/** Loads the send path once (a failed load is retried by the next call). */
export function preloadSend(): Promise<typeof import('./send')> {
  sendModule ??= import('./send').catch((error: unknown) => {
    sendModule = undefined;
    throw error;
  });
  return sendModule;
}
