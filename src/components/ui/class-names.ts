/** Joins class names, skipping empty ones (for a primitive's own classes plus the caller's). */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
