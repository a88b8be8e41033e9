/**
 * i18next with the English catalogue bundled and the Chinese one as its own chunk of this app, loaded
 * only when chosen (before the first render: `i18nReady()`), so English pages never download it.
 * Components use `useTranslation(namespace)`; non-React code uses `i18n.t`. Strings never live in
 * components.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { LANGUAGE_STORAGE_KEY, pickLanguage, type Language } from './languages';

export { LANGUAGES, isLanguage, type Language } from './languages';
export { i18n };
export { saidText } from './said-text';

export const resources = { en } as const;

/** Catalogues already in this bundle besides English (tests register zh-CN up front). */
const bundled = new Map<Language, Record<string, object>>();

/** Makes a catalogue available without loading its chunk: for tests, which switch languages at once. */
export function registerCatalogue(language: Language, catalogue: Record<string, object>): void {
  bundled.set(language, catalogue);
  if (i18n.isInitialized) addCatalogue(language, catalogue);
}

function addCatalogue(language: Language, catalogue: Record<string, object>): void {
  for (const [namespace, messages] of Object.entries(catalogue))
    i18n.addResourceBundle(language, namespace, messages, true, true);
}

let ready: Promise<void> = Promise.resolve();

/** Adds a language's catalogue to i18next (zh-CN is fetched from this app's own files, once). */
async function loadCatalogue(language: Language): Promise<void> {
  if (language === 'en' || i18n.hasResourceBundle(language, 'common')) return;
  const { zhCN } = await import('./zh-CN');
  addCatalogue(language, zhCN);
}

/** Resolves once the starting language's catalogue is in (at once for English); never rejects. */
export function i18nReady(): Promise<void> {
  return ready;
}

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
  for (const [language, catalogue] of bundled) addCatalogue(language, catalogue);
  syncDocumentLanguage(lng);
  // A chunk that fails to load leaves the English fallback: the page still starts.
  // Only when a chunk had to load: a later switch (a test's, the user's) must not be undone by it.
  ready =
    lng === 'en' || i18n.hasResourceBundle(lng, 'common')
      ? Promise.resolve()
      : loadCatalogue(lng)
          .then(() => i18n.changeLanguage(lng))
          .then(
            () => undefined,
            () => undefined,
          );
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
  void loadCatalogue(language).then(
    () => i18n.changeLanguage(language),
    () => i18n.changeLanguage(language), // English fallback rather than no switch at all
  );
}

function syncDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
