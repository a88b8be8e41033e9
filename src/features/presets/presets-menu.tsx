/** Placeholder: presets (issue 6) land here. */
export function PresetsMenu() {
  return null;
}
