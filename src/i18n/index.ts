/**
 * i18next with both catalogues bundled (no fetching: nothing at run time comes from another host).
 * Components use `useTranslation(namespace)`; non-React code uses `i18n.t`. Strings never live in
 * components.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { LANGUAGE_STORAGE_KEY, pickLanguage, type Language } from './languages';
import { zhCN } from './zh-CN';

export { LANGUAGES, isLanguage, type Language } from './languages';
export { i18n };

export const resources = { en, 'zh-CN': zhCN } as const;

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Starts i18next synchronously in the language the user chose before, or the browser's. */
export function initI18n(language?: Language): typeof i18n {
  const lng =
    language ?? pickLanguage(storedLanguage(), typeof navigator === 'undefined' ? [] : navigator.languages);
  void i18n.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    defaultNS: 'common',
    ns: Object.keys(en),
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
  });
  syncDocumentLanguage(lng);
  i18n.on('languageChanged', (next) => syncDocumentLanguage(next));
  return i18n;
}

/** Switches the UI language and remembers the choice on this device. */
export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage may be full or blocked; the switch still applies to this page.
  }
  void i18n.changeLanguage(language);
}

function syncDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
