/**
 * The part of the runtime that starts right after the first paint, in its own chunk (see
 * runtime.ts): hosting detection and playground.json, the history (recorder and stored entries),
 * auto-answer, proxy detection, and the send path loaded ahead of the first Send.
 */
import { startHistory } from '../features/history';
import { startAutoAnswer } from '../features/thread';
import { detectProxy } from '../state/connection';
import { startHosting } from './hosting/hosting';
import type { HostingStart } from './hosting/hosting-start';
import { preloadSend } from './send-trigger';

/** Starts the deferred runtime; returns how to stop what can be stopped. */
export function startLaterRuntime(hosting: HostingStart): () => void {
  void startHosting(hosting);
  const stops = [startHistory(), startAutoAnswer()];
  detectProxy();
  void preloadSend().catch(() => undefined); // a click on Send retries and says why it failed
  return () => {
    for (const s of stops) s();
  };
}
