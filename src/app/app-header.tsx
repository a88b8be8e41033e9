import { useTranslation } from 'react-i18next';
import { ConnectionPanel } from '../features/connection';
import { CompareButton, PresetsMenu } from './lazy-parts';
import { LanguageSelect, ThemeSelect } from './preferences';

/** The connection bar on top: title, presets, Compare, theme and language, then the connection. */
export function AppHeader() {
  const { t } = useTranslation('common');
  return (
    <header className="max-h-[45dvh] shrink-0 overflow-auto border-b border-line bg-surface px-4 py-2">
      <div className="mb-2 flex flex-wrap items-center gap-3">
        <h1 className="text-lg font-bold text-ink">{t('appTitle')}</h1>
        <PresetsMenu />
        <CompareButton />
        <div className="ml-auto flex flex-wrap items-center gap-3">
          <ThemeSelect />
          <LanguageSelect />
        </div>
      </div>
      <ConnectionPanel />
    </header>
  );
}
