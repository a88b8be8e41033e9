// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { saidEnglish } from '../../core/said-english';
import { DEFAULT_REQUEST_TEXT } from '../../core/request/default-request';
import type { SiteConfig } from '../../core/hosting';
import { useSitePresets as useSitePresetsForTests } from '../../features/presets';
import { useConnectionStore } from '../../state/connection';
import { useWorkspaceStore } from '../../state/workspace';
import { applySiteConfig, fetchSiteConfig } from './site-config';

const APP = 'https://docs.relay.test/playground/';
const answer = (body: BodyInit | null, init: ResponseInit = {}) =>
  (() => Promise.resolve(new Response(body, init))) as unknown as typeof fetch;

describe('fetchSiteConfig', () => {
  it('reads playground.json beside index.html', async () => {
    let asked = '';
    const fetchImpl = ((url: string) => {
      asked = url;
      return Promise.resolve(
        new Response('{"defaultModel":"gpt-4.1"}', { headers: { 'content-type': 'application/json' } }),
      );
    }) as unknown as typeof fetch;
    expect(await fetchSiteConfig(fetchImpl, APP)).toEqual({
      ok: true,
      value: { profiles: [], presets: [], defaultModel: 'gpt-4.1' },
    });
    expect(asked).toBe(`${APP}playground.json`);
  });

  it('treats no file as no defaults: 404, index.html for every path, offline', async () => {
    expect(await fetchSiteConfig(answer('Not Found', { status: 404 }), APP)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(
      await fetchSiteConfig(answer('<!doctype html>', { headers: { 'content-type': 'text/html' } }), APP),
    ).toEqual({
      ok: true,
      value: undefined,
    });
    const offline = (() => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch;
    expect(await fetchSiteConfig(offline, APP)).toEqual({ ok: true, value: undefined });
  });

  it('reports a broken file, a failing host and a file too large to read', async () => {
    expect(await englishProblems(answer('{ "profiles": ['), APP)).toMatchObject({
      ok: false,
      error: [expect.stringMatching(/not valid JSON/)],
    });
    expect(await englishProblems(answer('oops', { status: 500 }), APP)).toMatchObject({
      ok: false,
      error: [expect.stringMatching(/HTTP 500/)],
    });
    const huge = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(64 * 1024).fill(32));
      },
    });
    expect(await englishProblems(answer(huge), APP)).toMatchObject({
      ok: false,
      error: [expect.stringMatching(/too large/)],
    });
  });
});

/** fetchSiteConfig with its problems in English. */
async function englishProblems(fetchImpl: typeof fetch, appDir: string) {
  const result = await fetchSiteConfig(fetchImpl, appDir);
  return result.ok ? result : { ok: false as const, error: result.error.map(saidEnglish) };
}

describe('applySiteConfig', () => {
  const relay = {
    name: 'My relay',
    baseUrl: 'https://api.relay.test/v1',
    headers: [],
    chainingMode: 'auto' as const,
    notes: '',
  };
  const config: SiteConfig = {
    profiles: [relay, { ...relay, name: 'Backup', baseUrl: 'https://backup.relay.test/v1' }],
    defaultModel: 'relay-model-1',
    presets: [{ name: 'Hello', requestText: '{"model":"m","input":"hi"}' }],
  };

  beforeEach(() => {
    localStorage.clear();
    useConnectionStore.setState(useConnectionStore.getInitialState(), true);
    useWorkspaceStore.setState({ requestText: DEFAULT_REQUEST_TEXT });
    useSitePresetsForTests.setState({ presets: [] });
  });

  it('on a first visit: the profiles, the first one in use, the default model, the presets', () => {
    applySiteConfig(config, true, localStorage);
    const connection = useConnectionStore.getState();
    expect(connection.profiles.map((p) => p.name)).toEqual(['Demo backend', 'My relay', 'Backup']);
    expect(connection.baseUrl).toBe('https://api.relay.test/v1');
    expect(JSON.parse(useWorkspaceStore.getState().requestText)).toMatchObject({ model: 'relay-model-1' });
    expect(useSitePresetsForTests.getState().presets.map((p) => p.name)).toEqual(['Hello']);
  });

  it('later, what the visitor chose wins: a deleted profile stays deleted, the active one and the request stay', () => {
    applySiteConfig(config, true, localStorage);
    const { profiles, removeProfile, selectProfile } = useConnectionStore.getState();
    removeProfile(profiles.find((p) => p.name === 'Backup')!.id);
    selectProfile('demo');
    useWorkspaceStore.setState({ requestText: '{"model":"mine"}' });

    applySiteConfig(
      {
        ...config,
        profiles: [...config.profiles, { ...relay, name: 'New', baseUrl: 'https://new.relay.test/v1' }],
      },
      false,
      localStorage,
    );
    const connection = useConnectionStore.getState();
    expect(connection.profiles.map((p) => p.name)).toEqual(['Demo backend', 'My relay', 'New']);
    expect(connection.activeProfileId).toBe('demo');
    expect(useWorkspaceStore.getState().requestText).toBe('{"model":"mine"}');
  });

  it('a link opened on the first visit keeps its base URL and request', () => {
    useConnectionStore.getState().openBaseUrl('https://from.link.test/v1');
    useWorkspaceStore.setState({ requestText: '{"model":"from-link"}' });
    applySiteConfig(config, true, localStorage);
    expect(useConnectionStore.getState().baseUrl).toBe('https://from.link.test/v1');
    expect(useWorkspaceStore.getState().requestText).toBe('{"model":"from-link"}');
  });
});
