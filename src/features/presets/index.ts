export { PresetsMenu } from './presets-menu';
export { ShareButton } from './share-button';
