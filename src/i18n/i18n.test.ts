import { describe, expect, it } from 'vitest';
import { en } from './en';
import { pickLanguage } from './languages';
import { zhCN } from './zh-CN';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
}

/**
 * Words that may stay in Latin letters inside Chinese strings: code, protocol and product names.
 * Anything else in Latin letters in the Chinese catalogue is English left untranslated.
 */
const ALLOWED_LATIN = new Set(
  `Responses Playground API URL JSON HTTP HTTPS SSE CORS ID curl JavaScript Python Markdown OpenAI SDK
  HTML Bearer key Base npm start localhost proxy GFM Monaco Tab Esc Ctrl Cmd Enter Shift Alt M Home End
  IndexedDB localStorage token tokens TTFT tok s ms MiB KB MB GB`.split(/\s+/),
);

function untranslated(text: string): string[] {
  // Placeholders ({{name}}), code in backticks and URLs are not prose.
  const prose = text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/<\/?\d+>/g, ' ');
  const words = prose.match(/[A-Za-z][A-Za-z_-]*/g) ?? [];
  return words.filter(
    (word) => !ALLOWED_LATIN.has(word) && !/^[a-z]+_[a-z_]+$/.test(word) && !/[_-]/.test(word),
  );
}

describe('catalogues', () => {
  it('have the same keys in English and Chinese', () => {
    const enKeys = leaves(en as unknown as Tree)
      .map(([key]) => key)
      .sort();
    const zhKeys = leaves(zhCN as unknown as Tree)
      .map(([key]) => key)
      .sort();
    expect(zhKeys).toEqual(enKeys);
  });

  it('keep the same placeholders in both languages', () => {
    const zh = new Map(leaves(zhCN));
    for (const [key, text] of leaves(en)) {
      const names = (s: string) => (s.match(/\{\{\s*\w+/g) ?? []).map((m) => m.replace(/\W/g, '')).sort();
      expect(names(zh.get(key) ?? ''), key).toEqual(names(text));
    }
  });

  it('leave no English in the Chinese catalogue outside code and proper names', () => {
    const leftovers = leaves(zhCN as unknown as Tree)
      .map(([key, text]) => [key, untranslated(text)] as const)
      .filter(([, words]) => words.length > 0);
    expect(leftovers).toEqual([]);
  });
});

describe('pickLanguage', () => {
  it('follows the stored choice, else the browser (zh… → 简体中文, anything else → English)', () => {
    expect(pickLanguage('en', ['zh-CN'])).toBe('en');
    expect(pickLanguage(null, ['zh-TW'])).toBe('zh-CN');
    expect(pickLanguage(null, ['zh'])).toBe('zh-CN');
    expect(pickLanguage('fr', ['de-DE', 'zh-CN'])).toBe('en');
    expect(pickLanguage(null, [])).toBe('en');
  });
});
