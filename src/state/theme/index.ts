export {
  resolveTheme,
  startTheme,
  THEME_STORAGE_KEY,
  useResolvedTheme,
  useThemeStore,
  type Theme,
  type ThemePreference,
} from './theme-store';
