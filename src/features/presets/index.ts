export { PresetsMenu } from './presets-menu';
export { ShareButton } from './share-button';
export { ReplacementNotice } from './replacement-notice';
export { replaceRequest } from './replace-request';
export { usePresetsStore, type UserPreset } from './presets-store';
export { offerSitePresets, useSitePresets } from './site-presets';
