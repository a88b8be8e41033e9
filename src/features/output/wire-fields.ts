/** JSON for people: two-space indented (items and responses in the pane). */
export function pretty(value: unknown): string {
  return JSON.stringify(value, null, 2) ?? String(value);
}
