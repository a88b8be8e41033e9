import { create } from 'zustand';

/** What the user picked: a theme, or "follow the system" (`prefers-color-scheme`). */
export type ThemePreference = 'light' | 'dark' | 'system';
/** What is on screen. */
export type Theme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'rp.theme';
const PREFERENCES: readonly ThemePreference[] = ['light', 'dark', 'system'];
const DARK_QUERY = '(prefers-color-scheme: dark)';

function readPreference(): ThemePreference {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return PREFERENCES.find((p) => p === stored) ?? 'system';
  } catch {
    return 'system';
  }
}

function systemTheme(): Theme {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

/** The theme shown for a preference, given what the system prefers. */
export function resolveTheme(preference: ThemePreference, system: Theme): Theme {
  return preference === 'system' ? system : preference;
}

interface ThemeState {
  preference: ThemePreference;
  system: Theme;
  setPreference: (preference: ThemePreference) => void;
}

/** The colour theme: the user's preference (remembered on this device) and the system's. */
export const useThemeStore = create<ThemeState>()((set) => ({
  preference: readPreference(),
  system: systemTheme(),
  setPreference: (preference) => {
    try {
      localStorage.setItem(THEME_STORAGE_KEY, preference);
    } catch {
      // Storage full or blocked: the choice still applies to this page.
    }
    set({ preference });
  },
}));

/** The theme on screen (for code that draws with its own colours, such as Monaco). */
export function useResolvedTheme(): Theme {
  return useThemeStore((s) => resolveTheme(s.preference, s.system));
}

function apply(theme: Theme): void {
  const root = document.documentElement;
  root.classList.toggle('dark', theme === 'dark');
  // Native controls, scrollbars and the canvas follow too.
  root.style.colorScheme = theme;
}

/**
 * Puts the theme on `<html>` (class `dark`, `color-scheme`) now and whenever the preference or the
 * system's scheme changes. Called once before the first render, so the page never flashes light.
 */
export function startTheme(): () => void {
  const { preference, system } = useThemeStore.getState();
  apply(resolveTheme(preference, system));
  const unsubscribe = useThemeStore.subscribe((s) => apply(resolveTheme(s.preference, s.system)));
  if (typeof matchMedia !== 'function') return unsubscribe;
  const query = matchMedia(DARK_QUERY);
  const onChange = () => useThemeStore.setState({ system: query.matches ? 'dark' : 'light' });
  query.addEventListener('change', onChange);
  return () => {
    unsubscribe();
    query.removeEventListener('change', onChange);
  };
}
