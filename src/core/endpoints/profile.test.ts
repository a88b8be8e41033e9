import { describe, expect, it } from 'vitest';
import type { DoctorCard } from './doctor-types';
import { keyScope, profileKeyId } from './key-scope';
import { migrateConnection, sanitizeConnection } from './persisted';
import {
  createProfile,
  demoProfile,
  effectiveChainingMode,
  headerRecord,
  NAME_LIMIT,
  profileLabel,
  profileProblems,
} from './profile';

const card = (baseUrl: string, chaining: boolean): DoctorCard => ({
  version: 1,
  baseUrl,
  checkedAt: 1,
  route: 'direct',
  checks: [],
  facts: { chaining },
  advice: { chainingMode: chaining ? 'server' : 'replay' },
});

describe('profiles', () => {
  it('labels by name, else by host and path', () => {
    expect(profileLabel({ name: ' Team relay ', baseUrl: 'x' })).toBe('Team relay');
    expect(profileLabel({ name: '', baseUrl: 'https://relay.example/openai/v1' })).toBe(
      'relay.example/openai',
    );
    expect(profileLabel({ name: '', baseUrl: '' })).toBe('New endpoint');
    expect(demoProfile('http://127.0.0.1:5180')).toMatchObject({
      baseUrl: 'http://127.0.0.1:5180/demo/v1',
      builtIn: true,
    });
    // On a static host under a sub-path the demo lives beside the app.
    expect(demoProfile('https://u.github.io/repo/').baseUrl).toBe('https://u.github.io/repo/demo/v1');
  });

  it('chaining: explicit choice wins; auto follows a card for the same base URL', () => {
    const p = createProfile('a', { baseUrl: 'https://r.example/v1' });
    expect(effectiveChainingMode(p)).toBe('server');
    expect(effectiveChainingMode({ ...p, doctor: card('https://r.example/v1', false) })).toBe('replay');
    expect(effectiveChainingMode({ ...p, doctor: card('https://other.example/v1', false) })).toBe('server');
    expect(
      effectiveChainingMode({ ...p, chainingMode: 'server', doctor: card('https://r.example/v1', false) }),
    ).toBe('server');
    expect(effectiveChainingMode({ ...p, chainingMode: 'replay' })).toBe('replay');
  });

  it('validates base URL, headers and lengths', () => {
    expect(profileProblems(createProfile('a', { baseUrl: 'https://r.example' }))).toEqual({});
    const bad = profileProblems(
      createProfile('a', {
        baseUrl: 'r.example',
        name: 'n'.repeat(81),
        headers: [{ name: 'X-Proxy-Target', value: 'y' }],
      }),
    );
    expect(Object.keys(bad).sort()).toEqual(['baseUrl', 'headers', 'name']);
    expect(
      profileProblems(
        createProfile('a', { baseUrl: 'https://r', headers: [{ name: 'bad name', value: '' }] }),
      ).headers,
    ).toMatch(/not valid/);
    expect(
      headerRecord([
        { name: ' X-A ', value: '1' },
        { name: '', value: '2' },
        { name: 'x-proxy-target', value: '3' },
      ]),
    ).toEqual({ 'X-A': '1' });
  });

  it('scopes keys by profile and base URL', () => {
    expect(profileKeyId('a', 'https://x.example/v1/')).toBe(`a ${keyScope('https://x.example')}`);
    expect(profileKeyId('a', 'https://x.example')).not.toBe(profileKeyId('b', 'https://x.example'));
  });
});

describe('persisted connection', () => {
  const isDemo = (url: string) => url.endsWith('/demo/v1');

  it('migrates v1: a relay base URL becomes a profile with its headers and remembered keys', () => {
    const v1 = {
      baseUrl: 'https://relay.example/v1',
      headers: [{ name: 'X-Team', value: 't' }],
      rememberKeys: true,
      keys: { 'https://relay.example': 'sk-relay', 'https://other.example': 'sk-other' },
    };
    const v2 = sanitizeConnection(migrateConnection(v1, 1, isDemo));
    expect(v2.activeProfileId).toBe('migrated');
    expect(v2.profiles?.[0]).toMatchObject({
      id: 'migrated',
      baseUrl: 'https://relay.example/v1',
      headers: [{ name: 'X-Team', value: 't' }],
      chainingMode: 'auto',
    });
    expect(v2.keys?.[profileKeyId('migrated', 'https://relay.example/v1')]).toBe('sk-relay');
    expect(v2.keys?.[profileKeyId('migrated', 'https://other.example')]).toBe('sk-other');
  });

  it('migrates v1 on the demo to the demo profile, and never keeps keys without opt-in', () => {
    expect(
      migrateConnection(
        { baseUrl: 'http://127.0.0.1:5180/demo/v1', rememberKeys: false, keys: { a: 'b' } },
        1,
        isDemo,
      ),
    ).toEqual({
      profiles: [],
      activeProfileId: 'demo',
      rememberKeys: false,
      keys: {},
    });
    const noOptIn = sanitizeConnection(
      migrateConnection({ baseUrl: 'https://r.example', keys: { 'https://r.example': 'sk' } }, 1, isDemo),
    );
    expect(noOptIn.keys).toBeUndefined();
  });

  it('keeps only well-formed profiles and cards', () => {
    const out = sanitizeConnection({
      profiles: [
        {
          id: 'a',
          name: 1,
          baseUrl: 'https://a',
          headers: [
            { name: 'X', value: 1 },
            { name: 'Y', value: 'y' },
          ],
          chainingMode: 'weird',
          useProxy: 'yes',
          doctor: { version: 2 },
        },
        { id: 'a', baseUrl: 'dup' },
        { baseUrl: 'no id' },
        'junk',
        {
          id: 'b',
          baseUrl: 'https://b',
          chainingMode: 'replay',
          useProxy: true,
          doctor: card('https://b', false),
        },
      ],
      activeProfileId: 'b',
      rememberKeys: false,
      keys: { x: 'y' },
    });
    expect(out.profiles).toEqual([
      createProfile('a', { baseUrl: 'https://a', headers: [{ name: 'Y', value: 'y' }] }),
      createProfile('b', {
        baseUrl: 'https://b',
        chainingMode: 'replay',
        useProxy: true,
        doctor: card('https://b', false),
      }),
    ]);
    expect(out.keys).toBeUndefined();
    expect(sanitizeConnection('junk')).toEqual({});
  });

  it('bounds stored text, refuses ids with whitespace, keeps string keys on opt-in', () => {
    const out = sanitizeConnection({
      profiles: [{ id: 'has space' }, { id: 'c', name: 'n'.repeat(500) }],
      activeProfileId: 3,
      rememberKeys: true,
      keys: { k: 'v', bad: 1 },
    });
    expect(out.profiles?.map((p) => p.id)).toEqual(['c']);
    expect(out.profiles?.[0]?.name).toHaveLength(NAME_LIMIT);
    expect(out.activeProfileId).toBeUndefined();
    expect(out.keys).toEqual({ k: 'v' });
  });

  it('keeps well-formed model prices of a profile (stored states without prices stay valid)', () => {
    const out = sanitizeConnection({
      profiles: [
        {
          id: 'a',
          baseUrl: 'https://a',
          prices: [
            { model: ' gpt-4o ', input: 2.5, cachedInput: 1.25, output: 10 },
            { model: 'gpt-4o', input: 1, output: 1 },
            { model: 'neg', input: -1, output: 1 },
            { model: 'nan', input: 'x', output: 1 },
            { model: 'mini', input: 0.15, output: 0.6, cachedInput: 'free' },
            'junk',
          ],
        },
        { id: 'b', baseUrl: 'https://b' },
      ],
    });
    expect(out.profiles?.[0]?.prices).toEqual([
      { model: 'gpt-4o', input: 2.5, cachedInput: 1.25, output: 10 },
      { model: 'mini', input: 0.15, output: 0.6 },
    ]);
    expect(out.profiles?.[1]).toEqual(createProfile('b', { baseUrl: 'https://b' }));
  });
});
