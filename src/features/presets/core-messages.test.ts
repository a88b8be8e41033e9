/** Every core message (src/core/said.ts) worded in both languages, and real refusals through the parsers. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildCodeRequest } from '../../core/codegen/code-request';
import { parseCurlCommand } from '../../core/codegen/curl-parse';
import { parseSiteConfig } from '../../core/hosting/site-config';
import { parseDeepLink } from '../../core/presets/deep-link';
import { parsePresetFile } from '../../core/presets/preset-import';
import { decodeShareHash, shareLinkWarning } from '../../core/presets/share-link';
import type { Said, SaidTable } from '../../core/said';
import { SAID_TABLES, saidEnglish } from '../../core/said-english';
import { i18n, initI18n, saidText } from '../../i18n';

/** Every message of every table, each placeholder given a value (`<name>`). */
const everyMessage: Said[] = Object.entries(SAID_TABLES).flatMap(([table, templates]) =>
  Object.entries(templates as Record<string, string>).map(([id, template]) => {
    const names = [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '');
    return {
      in: table as SaidTable,
      id,
      params: Object.fromEntries(names.map((name) => [name, `<${name}>`])),
    } as Said;
  }),
);

function failure<E>(result: { ok: true } | { ok: false; error: E }): E {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('the core’s messages, worded', () => {
  beforeAll(() => {
    initI18n('en');
  });
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });
  afterAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('in English, exactly the core’s templates', () => {
    for (const message of everyMessage) expect(saidText(message), message.id).toBe(saidEnglish(message));
  });

  it('in Chinese, every id, each placeholder filled', async () => {
    await i18n.changeLanguage('zh-CN');
    for (const message of everyMessage) {
      const text = saidText(message);
      expect(text, `${message.in}.${message.id}`).not.toContain('{{');
      expect(text, `${message.in}.${message.id}`).not.toContain(`.${message.id}`); // not the bare key
      for (const value of Object.values(message.params ?? {})) expect(text).toContain(value);
      if (message.in !== 'verbatim' && message.id !== 'atPath') expect(text).not.toBe(saidEnglish(message));
    }
  });

  it('says what is wrong with a curl command, in both languages', async () => {
    const unclosed = failure(parseCurlCommand(`curl https://relay.test/v1/responses -d '{"model": "m"`));
    const badBody = failure(parseCurlCommand(`curl https://relay.test/v1/responses -d '{"model": }'`));
    expect(saidText(unclosed)).toBe("The command has an unclosed ' quote (was it cut off?).");
    expect(saidText(badBody)).toBe('The body is not a JSON object (line 1, column 11: Expected a value).');
    await i18n.changeLanguage('zh-CN');
    expect(saidText(unclosed)).toBe("命令中有未闭合的 `'` 引号（是否被截断了？）。");
    expect(saidText(badBody)).toMatch(/^请求体不是 JSON 对象（第 1 行，第 11 列：[^A-Za-z]+）。$/);
  });

  it('says why a link cannot be opened, and warns on long ones', async () => {
    const notBase64 = failure(await decodeShareHash('#share=%%%'));
    const credentials = failure(parseDeepLink('#request=e30&base_url=https%3A%2F%2Fu%3Ap%40relay.test'));
    const long = shareLinkWarning('x'.repeat(9_000));
    if (!long) throw new Error('expected a warning');
    expect(saidText(notBase64)).toBe(
      'Invalid share link: the data is not base64url (it may have been cut off).',
    );
    expect(saidText(credentials)).toBe('Invalid link: base_url must not carry a user name or password.');
    await i18n.changeLanguage('zh-CN');
    expect(saidText(notBase64)).toBe('分享链接无效：数据不是 `base64url` 编码（链接可能被截断了）。');
    expect(saidText(credentials)).toBe('链接无效：`base_url` 不得包含用户名或密码。');
    expect(saidText(long)).toContain('9000 个字符');
  });

  it('lists a preset file’s and a playground.json’s problems, and the Code dialog’s', async () => {
    const preset = failure(parsePresetFile(JSON.stringify({ presets: [{ name: 'A', request: [] }] })));
    const site = failure(parseSiteConfig(JSON.stringify({ profiles: [{ baseUrl: 'ftp://x' }], typo: 1 })));
    const header = failure(
      buildCodeRequest({
        baseUrl: 'https://relay.test',
        bodyText: '{}',
        headers: [{ name: 'a b', value: 'x' }],
      }),
    );
    expect(preset.map(saidText)).toEqual([
      'Preset 1 ("A"): "request" must be a JSON object ({ … }), not a list.',
    ]);
    expect(site.map(saidText)).toEqual([
      'profiles.0.baseUrl: must be an http:// or https:// URL without a user name or password',
      'typo: is not a known field (a typo?)',
    ]);
    expect(saidText(header)).toBe('The header name "a b" is not valid, so it cannot be exported.');
    await i18n.changeLanguage('zh-CN');
    expect(preset.map(saidText)).toEqual([
      '预设 1（“A”）：`"request"` 必须是 JSON 对象（`{ … }`），而不是列表。',
    ]);
    expect(site.map(saidText)).toEqual([
      'profiles.0.baseUrl：必须是不含用户名和密码的 `http://` 或 `https://` URL',
      'typo：不是已知字段（拼写错误？）',
    ]);
    expect(saidText(header)).toBe('请求头名称“a b”无效，因此无法导出。');
  });
});
