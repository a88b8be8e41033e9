// @vitest-environment jsdom
/**
 * Curl import (issue 12): the command lands on the profile of its URL's scope, merges its headers
 * into that profile's instead of replacing them, and Undo restores everything it changed.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { selectApiKey, useConnectionStore } from '../../state/connection';
import { useWorkspaceStore } from '../../state/workspace';
import { importCurl } from './curl-apply';
import { undoReplacement, useReplacementStore } from './replace-request';

const state = () => useConnectionStore.getState();
const profile = (id: string) => state().profiles.find((p) => p.id === id);
const curl = (url: string, key = 'sk-from-curl-123', header = 'x-region: eu') =>
  `curl ${url} -H 'Authorization: Bearer ${key}' -H '${header}' -d '{"model":"m","input":"hi"}'`;

describe('curl import', () => {
  let relay: string;
  let other: string;
  beforeEach(() => {
    useConnectionStore.setState({ rememberKeys: false });
    // Two profiles: "relay" with its own headers and key (not active), "other" active.
    state().setBaseUrl('https://relay.example/v1');
    relay = state().activeProfileId;
    state().setHeaders([
      { name: 'x-team', value: 'blue' },
      { name: 'x-region', value: 'us' },
    ]);
    state().setApiKey('sk-relay-original-1');
    state().addProfile();
    state().setBaseUrl('https://other.example/v1');
    other = state().activeProfileId;
    state().setHeaders([{ name: 'x-other', value: 'o' }]);
    useWorkspaceStore.getState().setRequestText('{"model":"before"}');
  });

  it('lands on the profile of the same scope and merges its headers into that profile', () => {
    expect(importCurl(curl('https://relay.example/v1/responses')).ok).toBe(true);
    expect(state().activeProfileId).toBe(relay);
    expect(profile(relay)?.headers).toEqual([
      { name: 'x-team', value: 'blue' },
      { name: 'x-region', value: 'eu' },
    ]);
    expect(profile(other)?.headers).toEqual([{ name: 'x-other', value: 'o' }]);
    expect(selectApiKey(state())).toBe('sk-from-curl-123');
  });

  it('Undo restores the request, the active profile, that profile’s headers and its key', () => {
    importCurl(curl('https://relay.example/responses'));
    undoReplacement();
    expect(useWorkspaceStore.getState().requestText).toBe('{"model":"before"}');
    expect(state().activeProfileId).toBe(other);
    expect(profile(relay)?.headers).toEqual([
      { name: 'x-team', value: 'blue' },
      { name: 'x-region', value: 'us' },
    ]);
    state().selectProfile(relay);
    expect(selectApiKey(state())).toBe('sk-relay-original-1');
    expect(useReplacementStore.getState().last).toBeUndefined();
  });

  it('a new URL gets a new profile with the command’s headers; Undo removes it and its key', () => {
    const before = state().profiles.length;
    importCurl(curl('https://new.example/v1/responses'));
    const created = state().activeProfileId;
    expect(state().profiles).toHaveLength(before + 1);
    expect(profile(created)?.headers).toEqual([{ name: 'x-region', value: 'eu' }]);
    undoReplacement();
    expect(state().profiles).toHaveLength(before);
    expect(Object.keys(state().keys).some((k) => k.startsWith(`${created} `))).toBe(false);
  });

  it('refuses a broken command without changing anything', () => {
    const text = useWorkspaceStore.getState().requestText;
    expect(importCurl("curl https://x.test -d '{").ok).toBe(false);
    expect(useWorkspaceStore.getState().requestText).toBe(text);
  });
});
