import { describe, expect, it } from 'vitest';
import { saidEnglish } from '../said-english';
import { parseSiteConfig, SITE_CONFIG_LIMITS } from './site-config';

const json = (value: unknown) => JSON.stringify(value);
/** parseSiteConfig with its problems in English. */
function parse(text: string) {
  const result = parseSiteConfig(text);
  return result.ok ? result : { ok: false as const, error: result.error.map(saidEnglish) };
}

describe('parseSiteConfig', () => {
  it('reads profiles with defaults for what is left out', () => {
    const result = parse(json({ profiles: [{ name: 'My relay', baseUrl: 'https://api.example.com/v1' }] }));
    expect(result).toEqual({
      ok: true,
      value: {
        profiles: [
          {
            name: 'My relay',
            baseUrl: 'https://api.example.com/v1',
            headers: [],
            chainingMode: 'auto',
            notes: '',
          },
        ],
        presets: [],
      },
    });
  });

  it('reads a default model, headers and presets in the preset file format, literals kept', () => {
    const text = `{
      "profiles": [{ "baseUrl": "https://r.example.cn/v1", "headers": { "X-Org": "docs" }, "chainingMode": "replay" }],
      "defaultModel": " gpt-4.1 ",
      "presets": { "format": "responses-playground.presets", "version": 1,
        "presets": [{ "name": "Price", "request": { "model": "m", "input": "hi", "temperature": 1.50 } }] }
    }`;
    const result = parse(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.defaultModel).toBe('gpt-4.1');
    expect(result.value.profiles[0]).toMatchObject({
      headers: [{ name: 'X-Org', value: 'docs' }],
      chainingMode: 'replay',
    });
    expect(result.value.presets).toHaveLength(1);
    expect(result.value.presets[0]?.name).toBe('Price');
    expect(result.value.presets[0]?.requestText).toContain('1.50');
  });

  it('accepts a bare list of presets', () => {
    const result = parse(json({ presets: [{ name: 'A', request: { model: 'm', input: 'x' } }] }));
    expect(result.ok && result.value.presets.map((p) => p.name)).toEqual(['A']);
  });

  it('refuses text that is not JSON, or not an object', () => {
    expect(parse('{ "profiles": [ }')).toMatchObject({
      ok: false,
      error: [expect.stringMatching(/not valid JSON/)],
    });
    expect(parse('[]')).toMatchObject({ ok: false, error: [expect.stringMatching(/JSON object/)] });
  });

  it('names each problem with its path', () => {
    const result = parse(
      json({
        profiles: [
          { name: 'x', baseUrl: 'ftp://nope' },
          { baseUrl: 'https://a.test/v1', chainingMode: 'sometimes' },
        ],
        defaultModel: 3,
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^profiles\.0\.baseUrl: /),
        expect.stringMatching(/^profiles\.1\.chainingMode: /),
        expect.stringMatching(/^defaultModel: /),
      ]),
    );
  });

  it('refuses unknown fields, so a typo is not silently ignored', () => {
    const result = parse(json({ profile: [{ baseUrl: 'https://a.test/v1' }] }));
    expect(result).toMatchObject({ ok: false, error: [expect.stringMatching(/profile/)] });
  });

  it('refuses credentials: keys never go in a public file', () => {
    for (const bad of [
      { baseUrl: 'https://a.test/v1', headers: { Authorization: 'Bearer sk-x' } },
      { baseUrl: 'https://a.test/v1', apiKey: 'sk-x' },
      { baseUrl: 'https://user:pw@a.test/v1' },
    ]) {
      expect(parse(json({ profiles: [bad] })).ok).toBe(false);
    }
  });

  it('refuses a broken preset list, naming it', () => {
    const result = parse(
      json({ presets: { format: 'responses-playground.presets', presets: [{ request: {} }] } }),
    );
    expect(result).toMatchObject({ ok: false, error: [expect.stringMatching(/^presets: /)] });
  });

  it('is bounded: file size, profile count', () => {
    expect(parse(' '.repeat(SITE_CONFIG_LIMITS.fileChars + 1)).ok).toBe(false);
    const many = Array.from({ length: SITE_CONFIG_LIMITS.profiles + 1 }, () => ({
      baseUrl: 'https://a.test/v1',
    }));
    expect(parse(json({ profiles: many })).ok).toBe(false);
  });
});
