// @vitest-environment jsdom
/**
 * What the connection store writes to localStorage (issue 12): without "Remember API keys", a key in
 * the base URL's query string and credential-like header values stay in memory only, like the key
 * field; with it, they are kept.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { selectKeyNotKept, useConnectionStore } from './connection-store';

const stored = () => localStorage.getItem('rp.connection') ?? '';

describe('connection persistence', () => {
  beforeEach(() => {
    useConnectionStore.setState({ rememberKeys: false });
  });

  it('keeps query keys and credential headers out of storage without the opt-in', () => {
    const store = useConnectionStore.getState();
    store.setBaseUrl('https://relay.example/v1?api_key=sk-query-secret-1&region=eu');
    useConnectionStore.getState().setHeaders([
      { name: 'x-api-key', value: 'gw-header-secret-2' },
      { name: 'Authorization', value: 'Bearer tok-header-secret-3' },
      { name: 'X-Team', value: 'blue' },
    ]);
    useConnectionStore.getState().setApiKey('sk-field-secret-4');
    const text = stored();
    for (const secret of [
      'sk-query-secret-1',
      'gw-header-secret-2',
      'tok-header-secret-3',
      'sk-field-secret-4',
    ])
      expect(text).not.toContain(secret);
    // Names and ordinary values stay, so the user sees what to enter again.
    expect(text).toContain('api_key=');
    expect(text).toContain('region=eu');
    expect(text).toContain('x-api-key');
    expect(text).toContain('blue');
    // In memory, nothing is lost.
    expect(useConnectionStore.getState().baseUrl).toContain('sk-query-secret-1');
    expect(useConnectionStore.getState().headers[0]?.value).toBe('gw-header-secret-2');
  });

  it('keeps them with the opt-in', () => {
    useConnectionStore.getState().setRememberKeys(true);
    const text = stored();
    for (const secret of [
      'sk-query-secret-1',
      'gw-header-secret-2',
      'tok-header-secret-3',
      'sk-field-secret-4',
    ])
      expect(text).toContain(secret);
    useConnectionStore.getState().setRememberKeys(false);
    expect(stored()).not.toContain('sk-query-secret-1');
  });

  it('stores only a flag that a key was in use, so a reload can say it was not kept', async () => {
    const store = useConnectionStore.getState();
    store.setBaseUrl('https://flag.example/v1');
    useConnectionStore.getState().setApiKey('sk-flag-secret-5');
    expect(stored()).not.toContain('sk-flag-secret-5');
    expect(stored()).toContain('https://flag.example');
    // A reload: what memory held is replaced by what storage kept.
    await useConnectionStore.persist.rehydrate();
    const after = useConnectionStore.getState();
    expect(after.baseUrl).toBe('https://flag.example/v1');
    expect(selectKeyNotKept(after)).toBe(true);
    // Typing the key again ends the notice; clearing it on purpose drops the flag.
    after.setApiKey('sk-again');
    expect(selectKeyNotKept(useConnectionStore.getState())).toBe(false);
    useConnectionStore.getState().setApiKey('');
    expect(selectKeyNotKept(useConnectionStore.getState())).toBe(false);
    const saved = JSON.parse(stored()) as { state: { keysInUse: string[] } };
    expect(saved.state.keysInUse.some((id) => id.endsWith('https://flag.example'))).toBe(false);
  });

  it('dismissing the notice forgets the flag', async () => {
    useConnectionStore.getState().setApiKey('sk-flag-secret-6');
    await useConnectionStore.persist.rehydrate();
    expect(selectKeyNotKept(useConnectionStore.getState())).toBe(true);
    useConnectionStore.getState().dismissKeyNotKept();
    expect(selectKeyNotKept(useConnectionStore.getState())).toBe(false);
  });
});
