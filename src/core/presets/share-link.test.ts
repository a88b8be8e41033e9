import { describe, expect, it } from 'vitest';
import { saidEnglish } from '../said-english';
import { bytesToBase64Url } from './base64url';
import {
  CHAT_APP_MAX_CHARS,
  CHAT_APP_SAFE_CHARS,
  decodeShareHash,
  encodeShareHash,
  MAX_SHARE_JSON_BYTES,
  shareLinkWarning,
  type SharedRequest,
} from './share-link';

const english = (warning: Parameters<typeof saidEnglish>[0] | undefined) => warning && saidEnglish(warning);

async function deflate(text: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return bytesToBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

async function opened(hash: string): Promise<SharedRequest | null> {
  const result = await decodeShareHash(hash);
  if (!result.ok) throw new Error(saidEnglish(result.error));
  return result.value;
}

async function refused(hash: string): Promise<string> {
  const result = await decodeShareHash(hash);
  if (result.ok) throw new Error(`expected ${hash.slice(0, 60)} to be refused`);
  return saidEnglish(result.error);
}

const SEED_LIKE = `{
  "model": "gpt-4.1",
  "input": "请同时帮我做以下几件事:\\n1. 获取当前系统时间 👋🏽 «ok» \\u00e9",
  "temperature": 1.50,
  "tools": [{ "type": "function", "name": "current_time", "parameters": { "type": "object", "properties": {} } }]
}
`;

describe('share links', () => {
  it('round-trips the exact request text, unicode and formatting included', async () => {
    const hash = await encodeShareHash({ requestText: SEED_LIKE });
    expect(hash).toMatch(/^#share=[A-Za-z0-9_-]+$/);
    expect(await opened(hash)).toEqual({ requestText: SEED_LIKE });
  });

  it('carries tool tests (version 2); links without tests stay version 1', async () => {
    const tests = [{ id: 'x', input: 'Weather?', expect: [{ name: 'get_weather' }] }];
    const hash = await encodeShareHash({ requestText: SEED_LIKE, tests });
    const back = await opened(hash);
    expect(back?.tests?.map((t) => [t.input, t.expect])).toEqual([['Weather?', [{ name: 'get_weather' }]]]);
    expect(back?.requestText).toBe(SEED_LIKE);
  });

  it('carries the base URL only when asked to', async () => {
    const base = 'https://relay.example.com/openai/v1?api-version=2025-01-01';
    expect(await opened(await encodeShareHash({ requestText: SEED_LIKE, baseUrl: base }))).toEqual({
      requestText: SEED_LIKE,
      baseUrl: base,
    });
    const plain = await opened(await encodeShareHash({ requestText: SEED_LIKE }));
    expect(plain && 'baseUrl' in plain).toBe(false);
  });

  it('opens a base URL canonical: what a path should not carry raw is percent-encoded', async () => {
    const hostile = "https://evil.example/a'.touch('pwned').'$(id)/v1";
    expect(await opened(await encodeShareHash({ requestText: '{}', baseUrl: hostile }))).toEqual({
      requestText: '{}',
      baseUrl: 'https://evil.example/a%27.touch%28%27pwned%27%29.%27%24%28id%29/v1',
    });
  });

  it('puts nothing but the version, the request and the base URL in the link', async () => {
    const hash = await encodeShareHash({ requestText: '{"model":"m"}', baseUrl: 'https://x.test/v1' });
    const bytes = Uint8Array.from(
      atob(
        hash.slice(7).replace(/-/g, '+').replace(/_/g, '/') +
          '=='.slice(0, (4 - ((hash.length - 7) % 4)) % 4),
      ),
      (c) => c.charCodeAt(0),
    );
    const inflated = await new Response(
      new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')),
    ).text();
    expect(JSON.parse(inflated)).toEqual({ v: 1, request: '{"model":"m"}', base_url: 'https://x.test/v1' });
  });

  it('compresses large bodies and opens them intact', async () => {
    const big = JSON.stringify({
      model: 'm',
      input: Array.from({ length: 4000 }, (_, i) => ({
        role: 'user',
        content: `message ${i} — 你好 ${'x'.repeat(i % 50)}`,
      })),
    });
    expect(big.length).toBeGreaterThan(250_000);
    const hash = await encodeShareHash({ requestText: big });
    expect(hash.length).toBeLessThan(big.length / 5);
    expect((await opened(hash))?.requestText).toBe(big);
  });

  it('ignores fragments that are not share links', async () => {
    for (const hash of ['', '#', '#request=eyJhIjoxfQ', '#shared=abc', '#foo=1&bar=2'])
      expect(await opened(hash)).toBeNull();
    expect(await opened(`#x=1&${(await encodeShareHash({ requestText: '{"a":1}' })).slice(1)}`)).toEqual({
      requestText: '{"a":1}',
    });
  });

  it('refuses broken and hostile links with a message', async () => {
    const good = await encodeShareHash({ requestText: SEED_LIKE });
    expect(await refused('#share=')).toMatch(/empty/);
    expect(await refused('#share=!!not-base64!!')).toMatch(/base64url/);
    expect(await refused('#share=abcde')).toMatch(/base64url/); // impossible length: cut off
    expect(await refused(good.slice(0, good.length - 7))).toMatch(/corrupt|base64url/);
    expect(await refused('#share=AAAAAAAAAAAA')).toMatch(/corrupt/);
    expect(await refused(`#share=${await deflate('not json')}`)).toMatch(/not UTF-8 JSON/);
    expect(await refused(`#share=${await deflate(new Uint8Array([0xff, 0xfe, 0x7b]))}`)).toMatch(
      /not UTF-8 JSON/,
    );
    expect(await refused(`#share=${await deflate('[1,2]')}`)).toMatch(/not a share envelope/);
    expect(await refused(`#share=${await deflate('{"request":"{}"}')}`)).toMatch(/no version/);
    expect(await refused(`#share=${await deflate('{"v":3,"request":"{}"}')}`)).toMatch(/newer version/);
    expect(await refused(`#share=${await deflate('{"v":2,"request":"{}","tests":[{"input":""}]}')}`)).toMatch(
      /Invalid share link, test 1: "input" is empty/,
    );
    expect(await refused(`#share=${await deflate('{"v":1}')}`)).toMatch(/holds no request/);
    expect(await refused(`#share=${await deflate('{"v":1,"request":"[1]"}')}`)).toMatch(/not a JSON object/);
    expect(await refused(`#share=${await deflate('{"v":1,"request":"{\\"a\\":"}')}`)).toMatch(
      /line 1, column/,
    );
    for (const base of [
      'javascript:alert(1)',
      'data:text/html,x',
      'not a url',
      'https://user:pw@x.test/v1',
      42,
    ]) {
      const envelope = JSON.stringify({ v: 1, request: '{}', base_url: base });
      expect(await refused(`#share=${await deflate(envelope)}`)).toMatch(/base_url/);
    }
    expect(await refused(`#share=${'A'.repeat(1_000_001)}`)).toMatch(/too long/);
  });

  it('refuses a small link that unpacks to a huge one (zip bomb) without inflating it all', async () => {
    const zeros = new Uint8Array(MAX_SHARE_JSON_BYTES * 4);
    const link = `#share=${await deflate(zeros)}`;
    expect(link.length).toBeLessThan(20_000);
    expect(await refused(link)).toMatch(/unpacks to more than/);
  });

  it('warns when a link is too long for chat apps', () => {
    expect(shareLinkWarning('x'.repeat(CHAT_APP_SAFE_CHARS))).toBeUndefined();
    expect(english(shareLinkWarning('x'.repeat(CHAT_APP_SAFE_CHARS + 1)))).toMatch(/some chat apps/);
    expect(english(shareLinkWarning('x'.repeat(CHAT_APP_MAX_CHARS + 1)))).toMatch(
      /most chat apps.*preset file/,
    );
  });
});

describe('shared comparisons', () => {
  const compare = {
    runs: 5,
    columns: [
      { baseUrl: 'https://a.example/v1', model: 'gpt-4o', overrides: '' },
      { baseUrl: 'https://b.example/v1', model: 'qwen-max', overrides: '{"temperature":0.2}' },
    ],
  };

  it('carry the columns and runs next to the request, and come back the same', async () => {
    const hash = await encodeShareHash({ requestText: SEED_LIKE, compare });
    expect(await opened(hash)).toEqual({ requestText: SEED_LIKE, compare });
  });

  it('refuse a link whose comparison is hostile, changing nothing', async () => {
    const envelope = {
      v: 1,
      request: '{"model":"m"}',
      compare: { columns: [{ base_url: 'https://a.example' }, { base_url: 'file:///etc/passwd' }] },
    };
    expect(await refused(`#share=${await deflate(JSON.stringify(envelope))}`)).toMatch(/column 2/);
  });
});
