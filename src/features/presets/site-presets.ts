import { create } from 'zustand';
import type { PresetEntry } from '../../core/presets/preset-format';

/**
 * Presets this site offers (its playground.json), shown first in the library. Not persisted: they
 * come with the site on every visit, and saving one copies it into the user's own presets.
 */
export const useSitePresets = create<{ presets: readonly PresetEntry[] }>()(() => ({ presets: [] }));

/** Offers a site's presets in the library (replacing any offered before). */
export function offerSitePresets(presets: readonly PresetEntry[]): void {
  useSitePresets.setState({ presets });
}
