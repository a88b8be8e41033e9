import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../components/ui/field';
import { isLanguage, LANGUAGES, setLanguage } from '../i18n';
import { useThemeStore, type ThemePreference } from '../state/theme';

/**
 * The language switcher's name is in both languages, whatever the current one: someone who cannot
 * read the UI's language must still find the way back ("Language" matches it, and so does 语言).
 */
const LANGUAGE_LABEL = 'Language · 语言';

/** The language select: each language under its own name; the choice is remembered. */
export function LanguageSelect() {
  const { i18n } = useTranslation();
  const id = useId();
  return (
    <div className="flex items-center gap-1">
      <label htmlFor={id} className="text-sm text-ink-muted">
        {LANGUAGE_LABEL}
      </label>
      <Select
        id={id}
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(e) => {
          if (isLanguage(e.target.value)) setLanguage(e.target.value);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </Select>
    </div>
  );
}

const THEMES: readonly ThemePreference[] = ['system', 'light', 'dark'];

/** Light, dark, or the system's scheme; remembered on this device. */
export function ThemeSelect() {
  const { t } = useTranslation('app');
  const preference = useThemeStore((s) => s.preference);
  const id = useId();
  return (
    <div className="flex items-center gap-1">
      <label htmlFor={id} className="text-sm text-ink-muted">
        {t('theme')}
      </label>
      <Select
        id={id}
        value={preference}
        onChange={(e) => {
          const next = THEMES.find((theme) => theme === e.target.value);
          if (next) useThemeStore.getState().setPreference(next);
        }}
      >
        {THEMES.map((theme) => (
          <option key={theme} value={theme}>
            {t(`themes.${theme}`)}
          </option>
        ))}
      </Select>
    </div>
  );
}
