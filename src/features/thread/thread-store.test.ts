// @vitest-environment jsdom
// (the thread store reads the connection store, which needs a page origin)
import { describe, expect, it, vi } from 'vitest';

describe('thread store: stored state is an edge', () => {
  it('keeps the well-formed fields and entries, and defaults the rest', async () => {
    localStorage.setItem(
      'rp.thread',
      JSON.stringify({
        version: 1,
        state: {
          drafts: { 'resp_1|call_1': '{"ok":true}', 'resp_1|call_2': 42 },
          fixtures: 'not a map',
          followUp: 'Next?',
          autoAnswer: 'yes',
          stepLimit: 99.5,
          dropStore: { 'https://a.example': true, 'https://b.example': 'true' },
        },
      }),
    );
    // A fresh module: the store reads storage as it is created, as on a page load.
    vi.resetModules();
    const { useThreadStore } = await import('./thread-store');
    const state = useThreadStore.getState();
    expect(state.drafts).toEqual({ 'resp_1|call_1': '{"ok":true}' });
    expect(state.fixtures).toEqual({});
    expect(state.followUp).toBe('Next?');
    expect(state.autoAnswer).toBe(false);
    expect(state.stepLimit).toBe(50);
    expect(state.dropStore).toEqual({ 'https://a.example': true });
  });
});
