import { describe, expect, it } from 'vitest';
import { columnRequestText, parseOverrides } from './column-request';
import { columnEndpoint, COMPARE_KEY_OWNER, resolveColumn } from './endpoint';
import { createProfile } from '../endpoints/profile';
import { profileKeyId } from '../endpoints/key-scope';
import { sanitizeCompare } from './persisted';

const REQUEST = `{
  "model": "gpt-4.1",
  "input": "Hi",
  "reasoning": { "summary": "auto" },
  "stream": true
}`;

describe('columnRequestText', () => {
  it('puts the column model in place of the request model and keeps the rest byte for byte', () => {
    const result = columnRequestText(REQUEST, { model: 'o4-mini', overrides: '' });
    expect(result).toEqual({ ok: true, value: REQUEST.replace('"gpt-4.1"', '"o4-mini"') });
  });

  it('keeps the request model when the column has none', () => {
    expect(columnRequestText(REQUEST, { model: '  ', overrides: '' })).toEqual({ ok: true, value: REQUEST });
  });

  it('merges overrides field by field into objects and adds new fields', () => {
    const result = columnRequestText(REQUEST, {
      model: '',
      overrides: '{"temperature":0.2,"reasoning":{"effort":"low"}}',
    });
    if (!result.ok) throw new Error(result.error.key);
    expect(JSON.parse(result.value) as unknown).toEqual({
      model: 'gpt-4.1',
      input: 'Hi',
      reasoning: { summary: 'auto', effort: 'low' },
      stream: true,
      temperature: 0.2,
    });
  });

  it('lets the column model win over a model in the overrides', () => {
    const result = columnRequestText(REQUEST, { model: 'a', overrides: '{"model":"b"}' });
    expect(result.ok && (JSON.parse(result.value) as { model: string }).model).toBe('a');
  });

  it('refuses an invalid request or invalid overrides with a message id and its values', () => {
    expect(columnRequestText('{"model":', { model: 'x', overrides: '' })).toMatchObject({
      ok: false,
      error: { key: 'requestInvalid', values: { line: 1 } },
    });
    expect(columnRequestText(REQUEST, { model: '', overrides: '{temperature' })).toMatchObject({
      ok: false,
      error: { key: 'overridesNotJson', values: { message: expect.any(String) as unknown } },
    });
    expect(parseOverrides('[1]')).toEqual({ ok: false, error: { key: 'overridesNotObject', values: {} } });
    expect(parseOverrides('x'.repeat(20_001))).toEqual({
      ok: false,
      error: { key: 'overridesTooLong', values: { max: 20_000 } },
    });
    expect(parseOverrides('')).toEqual({ ok: true, value: {} });
  });
});

describe('columnEndpoint', () => {
  const relay = createProfile('p-relay', {
    baseUrl: 'https://relay.example/v1',
    headers: [{ name: 'X-Team', value: 't1' }],
    useProxy: true,
  });
  const relayKey = profileKeyId('p-relay', 'https://relay.example');

  it('sends a profile column to the profile base URL with the key kept for it, and its headers', () => {
    const endpoint = columnEndpoint(
      { id: 'c1', profileId: 'p-relay', baseUrl: 'https://stale.example', model: '', overrides: '' },
      { profiles: [relay], keys: { [relayKey]: 'sk-relay' }, proxyOrigin: 'http://127.0.0.1:4000' },
    );
    expect(endpoint).toEqual({
      baseUrl: 'https://relay.example/v1',
      apiKey: 'sk-relay',
      headers: { 'X-Team': 't1' },
      proxy: 'http://127.0.0.1:4000',
    });
    expect(resolveColumn({ profileId: 'p-relay', baseUrl: '' }, [relay]).keyId).toBe(relayKey);
  });

  it('never sends a key entered for another base URL', () => {
    const typed = { id: 'c2', baseUrl: 'https://evil.example/v1', model: '', overrides: '' };
    const endpoint = columnEndpoint(typed, { profiles: [relay], keys: { [relayKey]: 'sk-relay' } });
    expect(endpoint).toEqual({ baseUrl: 'https://evil.example/v1', apiKey: '', headers: {} });
  });

  it('keeps typed base URLs apart from profiles, and a deleted profile falls back to them', () => {
    const typed = { id: 'c2', baseUrl: 'https://other.example/v1', model: '', overrides: '' };
    const { keyId } = resolveColumn(typed, []);
    expect(keyId).toBe(`${COMPARE_KEY_OWNER} https://other.example`);
    const keys = { [keyId]: 'sk-other' };
    expect(columnEndpoint({ ...typed, profileId: 'gone' }, { profiles: [relay], keys }).apiKey).toBe(
      'sk-other',
    );
    const proxied = columnEndpoint(
      { ...typed, useProxy: true },
      { profiles: [], keys, proxyOrigin: 'http://x' },
    );
    expect(proxied.proxy).toBe('http://x');
    expect(columnEndpoint({ ...typed, useProxy: true }, { profiles: [], keys }).proxy).toBeUndefined();
  });
});

describe('stored compare settings', () => {
  it('keep well-formed, distinct columns and a sane number of runs', () => {
    const good = {
      id: 'c1',
      baseUrl: 'https://a',
      model: 'm',
      overrides: '',
      profileId: 'p-1',
      useProxy: true,
    };
    expect(
      sanitizeCompare({
        columns: [good, { ...good }, { id: 'c2', baseUrl: 7 }, 'junk', { id: 'has space' }, { id: 'c3' }],
        runsPerColumn: 5,
        apiKey: 'sk-never',
      }),
    ).toEqual({
      columns: [
        good,
        { id: 'c2', baseUrl: '', model: '', overrides: '' },
        { id: 'c3', baseUrl: '', model: '', overrides: '' },
      ],
      runsPerColumn: 5,
    });
    expect(sanitizeCompare({ columns: [good], runsPerColumn: 99 })).toEqual({});
    expect(sanitizeCompare(null)).toEqual({});
  });
});
