/** Pane sizes, in percent of their group, by pane id (react-resizable-panels' `Layout`). */
export type PaneSizes = Record<string, number>;

/** Stored layouts are read back only when they still make sense (a bad entry is ignored). */
const MIN_PANE_PERCENT = 5;

/**
 * Reads stored pane sizes for exactly `paneIds`: every size a finite percentage of at least 5,
 * together about 100. Anything else (an old layout with other panes, a hand-edited value, broken
 * JSON, a huge string) gives `undefined`, and the group starts from its defaults.
 */
export function parsePaneSizes(text: string | null, paneIds: readonly string[]): PaneSizes | undefined {
  if (!text || text.length > 2000) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  if (Object.keys(record).length !== paneIds.length) return undefined;
  const sizes: PaneSizes = {};
  for (const id of paneIds) {
    const size = record[id];
    if (typeof size !== 'number' || !Number.isFinite(size) || size < MIN_PANE_PERCENT || size > 100)
      return undefined;
    sizes[id] = size;
  }
  const total = Object.values(sizes).reduce((sum, size) => sum + size, 0);
  return Math.abs(total - 100) <= 1 ? sizes : undefined;
}

/** Reads a group's remembered sizes from localStorage (none when storage is blocked). */
export function loadPaneSizes(storageKey: string, paneIds: readonly string[]): PaneSizes | undefined {
  try {
    return parsePaneSizes(localStorage.getItem(storageKey), paneIds);
  } catch {
    return undefined;
  }
}

/** Remembers a group's sizes; a full or blocked storage only means they are not remembered. */
export function savePaneSizes(storageKey: string, sizes: PaneSizes): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(sizes));
  } catch {
    // Nothing to do: the layout still applies to this page.
  }
}
