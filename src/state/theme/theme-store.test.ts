import { describe, expect, it } from 'vitest';
import { resolveTheme, THEME_STORAGE_KEY, useThemeStore } from './theme-store';

describe('theme', () => {
  it('follows the system unless the user picked a theme', () => {
    expect(resolveTheme('system', 'dark')).toBe('dark');
    expect(resolveTheme('system', 'light')).toBe('light');
    expect(resolveTheme('light', 'dark')).toBe('light');
    expect(resolveTheme('dark', 'light')).toBe('dark');
  });

  it('remembers the choice on this device', () => {
    useThemeStore.getState().setPreference('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(useThemeStore.getState().preference).toBe('dark');
  });
});
