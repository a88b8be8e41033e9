import { useEffect, useRef } from 'react';
import { useRunStore } from '../state/run';

/**
 * Calls `onNew` whenever Output starts showing another response: every send (Send, tool outputs,
 * a follow-up, a retry, auto-answer steps), a response opened by id, a history entry. The run
 * store starts a fresh event log for each of those and only then, so one subscription covers every
 * feature that sends, without code in any of them.
 */
export function useOnNewResponse(onNew: () => void): void {
  const latest = useRef(onNew);
  useEffect(() => {
    latest.current = onNew;
  });
  useEffect(
    () =>
      useRunStore.subscribe((state, previous) => {
        if (state.log !== previous.log) latest.current();
      }),
    [],
  );
}

/**
 * Scrolls `container`, and the tab panels inside it (Output's own views), back to their start,
 * where the newest response begins. Never scrolls the page itself.
 */
export function scrollToStart(container: HTMLElement | null): void {
  if (!container) return;
  container.scrollTop = 0;
  for (const panel of container.querySelectorAll<HTMLElement>('[role="tabpanel"]')) panel.scrollTop = 0;
}
