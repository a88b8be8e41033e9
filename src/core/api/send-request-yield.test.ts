import { describe, expect, it } from 'vitest';
import type { RunAction } from '../response/types';
import { bytes, streamOf } from '../sse/testing';
import { sendResponsesRequest } from './send-request';

const frame = (n: number) =>
  bytes(
    `event: response.output_text.delta\ndata: {"type":"response.output_text.delta","sequence_number":${n},"delta":"x"}\n\n`,
  );

/** Busy-waits: stands in for a slow consumer (reducing and rendering) on the same thread. */
function spin(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    /* busy */
  }
}

describe('sendResponsesRequest: yielding to the event loop', () => {
  it('lets timers run while it works through chunks that had already queued up', async () => {
    // The body hands out its 30 chunks without waiting (in microtasks), like a body whose data has
    // already arrived: without yields all of it would be handled in one task, the timer only after.
    const chunks = Array.from({ length: 30 }, (_, i) => frame(i));
    const kinds: string[] = [];
    let timerFiredAfter: number | undefined;
    await sendResponsesRequest({
      endpoint: { baseUrl: 'https://relay.example/v1' },
      body: '{}',
      signal: new AbortController().signal,
      fetch: () =>
        Promise.resolve(new Response(streamOf(chunks), { headers: { 'content-type': 'text/event-stream' } })),
      onAction: (action: RunAction) => {
        kinds.push(action.kind);
        if (action.kind !== 'event') return;
        if (kinds.filter((k) => k === 'event').length === 1) {
          setTimeout(() => (timerFiredAfter = kinds.filter((k) => k === 'event').length), 0);
        }
        spin(2);
      },
    });
    expect(kinds.filter((k) => k === 'event')).toHaveLength(30);
    expect(kinds.at(-1)).toBe('end');
    expect(timerFiredAfter).toBeDefined();
    expect(timerFiredAfter).toBeLessThan(30);
  });
});
