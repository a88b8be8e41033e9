/** Tool calls of several columns side by side: the same function (and its n-th call) on one row. */
import type { ToolCall } from '../history/tool-outputs';

export interface ToolCallRow {
  name: string;
  /** 0 for a function's first call in a column, 1 for its second… */
  occurrence: number;
  /** One per column; undefined where that column made no such call. */
  calls: (ToolCall | undefined)[];
  /** Every column made this call, with arguments equal as JSON (key order and spacing ignored). */
  sameArguments: boolean;
}

/**
 * Aligns the calls of each column by function name and occurrence, in the order they first appear
 * (column by column), so a column that called `get_weather` twice shows both next to the others'.
 */
export function alignToolCalls(columns: readonly (readonly ToolCall[])[]): ToolCallRow[] {
  const rows = new Map<string, ToolCallRow>();
  columns.forEach((calls, column) => {
    const seen = new Map<string, number>();
    for (const call of calls) {
      const occurrence = seen.get(call.name) ?? 0;
      seen.set(call.name, occurrence + 1);
      const key = JSON.stringify([call.name, occurrence]);
      let row = rows.get(key);
      if (!row) {
        row = { name: call.name, occurrence, calls: columns.map(() => undefined), sameArguments: false };
        rows.set(key, row);
      }
      row.calls[column] = call;
    }
  });
  for (const row of rows.values()) {
    const canonical = row.calls.map((c) => (c ? canonicalJson(c.arguments) : undefined));
    row.sameArguments = canonical.every((c) => c !== undefined && c === canonical[0]);
  }
  return [...rows.values()];
}

/** JSON text with sorted keys and no spacing, or the text itself when it is not JSON. */
export function canonicalJson(text: string): string {
  try {
    return JSON.stringify(sortKeys(JSON.parse(text)));
  } catch {
    return text;
  }
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
}
