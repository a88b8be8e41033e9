/** Placeholder: tool outputs and follow-ups (issue 5) land here. */
export function ThreadPanel() {
  return null;
}
