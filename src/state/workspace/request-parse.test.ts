import { describe, expect, it } from 'vitest';
import { getParsedRequest } from './request-parse';
import { useWorkspaceStore } from './workspace-store';

describe('getParsedRequest', () => {
  it('parses the current text once and shares the result until the text changes', () => {
    useWorkspaceStore.getState().setRequestText('{"model":"m"}');
    const first = getParsedRequest();
    expect(first.result).toEqual({ ok: true, value: { model: 'm' } });
    expect(getParsedRequest()).toBe(first);
    useWorkspaceStore.getState().setRequestText('{"model":');
    const second = getParsedRequest();
    expect(second.text).toBe('{"model":');
    expect(second.result.ok).toBe(false);
  });
});
