/** The UI's languages. `code` is a BCP 47 tag (it goes into `<html lang>`); `name` is the language's own name. */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'zh-CN', name: '简体中文' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

export const LANGUAGE_STORAGE_KEY = 'rp.language';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language.code === value);
}

/**
 * The language to start in: the one the user chose before, else the browser's first preference
 * (`zh…` → 简体中文, anything else → English).
 */
export function pickLanguage(stored: string | null, browserLanguages: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  const first = browserLanguages[0] ?? '';
  return first.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
