/**
 * Compare settings as stored in localStorage: the columns (never a key) and the runs per column.
 * Stored state is an edge: only well-formed, bounded parts are kept.
 */
import { isObject } from '../json';
import { MAX_OVERRIDES_CHARS } from './column-request';
import { MAX_COLUMNS, MAX_RUNS, MIN_COLUMNS, type ColumnSettings } from './types';

export const COMPARE_STORAGE_VERSION = 1;

export interface PersistedCompare {
  columns: ColumnSettings[];
  runsPerColumn: number;
}

const text = (v: unknown, limit: number) => (typeof v === 'string' && v.length <= limit ? v : undefined);

/** A stored column, or undefined when it is unusable. */
export function sanitizeColumn(value: unknown): ColumnSettings | undefined {
  if (!isObject(value)) return undefined;
  const id = text(value.id, 64);
  if (!id || !/^\S+$/.test(id)) return undefined;
  const column: ColumnSettings = {
    id,
    baseUrl: text(value.baseUrl, 2048) ?? '',
    model: text(value.model, 200) ?? '',
    overrides: text(value.overrides, MAX_OVERRIDES_CHARS) ?? '',
  };
  const profileId = text(value.profileId, 64);
  if (profileId) column.profileId = profileId;
  if (value.useProxy === true) column.useProxy = true;
  return column;
}

/** The well-formed parts of stored compare settings (two to four distinct columns, 1–10 runs). */
export function sanitizeCompare(value: unknown): Partial<PersistedCompare> {
  if (!isObject(value)) return {};
  const out: Partial<PersistedCompare> = {};
  if (Array.isArray(value.columns)) {
    const seen = new Set<string>();
    const columns = value.columns.flatMap((raw) => {
      const column = sanitizeColumn(raw);
      if (!column || seen.has(column.id)) return [];
      seen.add(column.id);
      return [column];
    });
    if (columns.length >= MIN_COLUMNS) out.columns = columns.slice(0, MAX_COLUMNS);
  }
  const runs = value.runsPerColumn;
  if (typeof runs === 'number' && Number.isInteger(runs) && runs >= 1 && runs <= MAX_RUNS)
    out.runsPerColumn = runs;
  return out;
}
