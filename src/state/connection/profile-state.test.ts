import { describe, expect, it } from 'vitest';
import { demoProfile, profileKeyId } from '../../core/endpoints';
import {
  addProfile,
  dropProfile,
  editBaseUrl,
  offerProfiles,
  openBaseUrl,
  patchProfile,
  restoreSnapshot,
  storeKey,
  withMirrors,
  type ProfilesState,
} from './profile-state';

const start = (): ProfilesState =>
  withMirrors({
    profiles: [demoProfile('http://127.0.0.1:5180')],
    activeProfileId: 'demo',
    keys: {},
    baseUrl: '',
    headers: [],
  });
const key = (s: ProfilesState) => s.keys[profileKeyId(s.activeProfileId, s.baseUrl)] ?? '';

describe('profile state', () => {
  it('typing a URL on the demo starts a new profile; the demo is untouched', () => {
    let s = editBaseUrl(start(), 'https://relay.example/v1');
    expect(s.profiles).toHaveLength(2);
    expect(s.activeProfileId).not.toBe('demo');
    expect(s.baseUrl).toBe('https://relay.example/v1');
    expect(s.profiles[0]?.baseUrl).toBe('http://127.0.0.1:5180/demo/v1');
    s = editBaseUrl(s, 'https://relay.example/v2');
    expect(s.profiles).toHaveLength(2);
  });

  it('keys stay with their profile and base URL', () => {
    let s = storeKey(editBaseUrl(start(), 'https://relay.example/v1'), 'sk-a');
    const a = s.activeProfileId;
    s = editBaseUrl(s, 'https://other.example');
    expect(key(s)).toBe('');
    s = editBaseUrl(s, 'https://relay.example');
    expect(key(s)).toBe('sk-a');
    // A second profile on the same relay has its own key.
    s = storeKey(
      addProfile(
        s,
        s.profiles.find((p) => p.id === a),
      ),
      'sk-b',
    );
    expect(s.activeProfileId).not.toBe(a);
    expect(key(s)).toBe('sk-b');
    expect(key(withMirrors({ ...s, activeProfileId: a }))).toBe('sk-a');
    expect(key(withMirrors({ ...s, activeProfileId: 'demo' }))).toBe('');
  });

  it('a link switches to the profile with that base URL, or adds one, and never edits a saved profile', () => {
    let s = storeKey(editBaseUrl(start(), 'https://relay.example/v1'), 'sk-a');
    const a = s.activeProfileId;
    s = withMirrors({ ...s, activeProfileId: 'demo' });
    s = openBaseUrl(s, 'https://relay.example/v1/');
    expect(s.activeProfileId).toBe(a);
    s = openBaseUrl(s, 'https://evil.example/v1');
    expect(s.activeProfileId).not.toBe(a);
    expect(key(s)).toBe('');
    expect(s.profiles.find((p) => p.id === a)?.baseUrl).toBe('https://relay.example/v1');
  });

  it('deleting a profile deletes its keys and falls back to the demo; the demo cannot be deleted', () => {
    let s = storeKey(editBaseUrl(start(), 'https://relay.example/v1'), 'sk-a');
    const a = s.activeProfileId;
    s = dropProfile(s, a);
    expect(s.activeProfileId).toBe('demo');
    expect(s.keys).toEqual({});
    expect(dropProfile(s, 'demo')).toBe(s);
  });

  it('profiles a site offers are added once, after the user’s own; the first may become active', () => {
    const relay = {
      name: 'Relay',
      baseUrl: 'https://relay.example/v1',
      headers: [],
      chainingMode: 'auto' as const,
      notes: '',
    };
    const other = { ...relay, name: 'Other', baseUrl: 'https://other.example/v1' };
    let s = offerProfiles(start(), [relay, other], true);
    expect(s.profiles.map((p) => p.name)).toEqual(['Demo backend', 'Relay', 'Other']);
    expect(s.baseUrl).toBe('https://relay.example/v1');
    s = offerProfiles(withMirrors({ ...s, activeProfileId: 'demo' }), [relay], false);
    expect(s.profiles).toHaveLength(3);
    expect(s.activeProfileId).toBe('demo');
  });
});

describe('restoreSnapshot', () => {
  it('undoes only what changed between the snapshots, not later edits elsewhere', () => {
    let s = editBaseUrl(start(), 'https://a.example/v1');
    const a = s.activeProfileId;
    s = storeKey(s, 'sk-a-old');
    s = addProfile(s);
    s = editBaseUrl(s, 'https://b.example/v1');
    const b = s.activeProfileId;
    const before = s;
    let after = openBaseUrl(s, 'https://a.example');
    after = patchProfile(after, a, { headers: [{ name: 'x', value: '1' }] });
    after = storeKey(after, 'sk-a-new');
    // Later, elsewhere: profile b gets a note.
    const later = patchProfile(after, b, { notes: 'kept' });
    const undone = restoreSnapshot(later, before, after);
    expect(undone.activeProfileId).toBe(b);
    expect(undone.profiles.find((p) => p.id === a)?.headers).toEqual([]);
    expect(undone.keys[profileKeyId(a, 'https://a.example/v1')]).toBe('sk-a-old');
    expect(undone.profiles.find((p) => p.id === b)?.notes).toBe('kept');
  });
});
