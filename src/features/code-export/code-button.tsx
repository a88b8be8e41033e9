/** Placeholder: code export (issue 6) lands here. */
export function CodeButton() {
  return null;
}
