/** Placeholder: share links (issue 6) land here. */
export function ShareButton() {
  return null;
}
