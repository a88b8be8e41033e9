/**
 * A comparison in a share link: each column's base URL, model and overrides plus the runs per
 * column, next to the request. Never a key, a profile id or headers: what is local stays local.
 */
import { maskUrlSecrets } from '../api/url-secrets';
import { checkLinkBaseUrl } from '../presets/link-base-url';
import { saidEnglish } from '../said-english';
import { isObject } from '../json';
import { err, ok, type Result } from '../result';
import { MAX_OVERRIDES_CHARS, parseOverrides } from './column-request';
import { MAX_COLUMNS, MAX_RUNS, MIN_COLUMNS, type ColumnSettings } from './types';

export interface SharedComparison {
  columns: Pick<ColumnSettings, 'baseUrl' | 'model' | 'overrides'>[];
  runs: number;
}

const MAX_MODEL_CHARS = 200;

/** The envelope field (`compare`) for a comparison: masked base URLs, models, overrides, runs. */
export function comparisonEnvelope(shared: SharedComparison): Record<string, unknown> {
  return {
    runs: shared.runs,
    columns: shared.columns.map((c) => ({
      base_url: maskUrlSecrets(c.baseUrl.trim()),
      model: c.model,
      overrides: c.overrides,
    })),
  };
}

/**
 * Reads the `compare` field of a share envelope. Links are hostile until checked: two to four
 * columns, each an http(s) base URL without credentials, a short model name and overrides that
 * are a JSON object; runs a whole number from 1 to {@link MAX_RUNS}.
 */
export function readSharedComparison(value: unknown): Result<SharedComparison, string> {
  const prefix = 'Invalid share link: the comparison';
  if (!isObject(value) || !Array.isArray(value.columns)) return err(`${prefix} has no columns.`);
  const runs = value.runs ?? 1;
  if (typeof runs !== 'number' || !Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS)
    return err(`${prefix} asks for an invalid number of runs (1 to ${MAX_RUNS}).`);
  if (value.columns.length < MIN_COLUMNS || value.columns.length > MAX_COLUMNS)
    return err(`${prefix} has ${value.columns.length} columns (${MIN_COLUMNS} to ${MAX_COLUMNS}).`);
  const columns: SharedComparison['columns'] = [];
  for (const [i, raw] of value.columns.entries()) {
    const where = `${prefix}'s column ${i + 1}`;
    if (!isObject(raw)) return err(`${where} is not an object.`);
    const baseUrl = checkLinkBaseUrl(raw.base_url, 'shareLink');
    if (!baseUrl.ok) return err(`${where}: ${saidEnglish(baseUrl.error)}`);
    const model = raw.model ?? '';
    if (typeof model !== 'string' || model.length > MAX_MODEL_CHARS)
      return err(`${where} has an invalid model.`);
    const overrides = raw.overrides ?? '';
    if (
      typeof overrides !== 'string' ||
      overrides.length > MAX_OVERRIDES_CHARS ||
      !parseOverrides(overrides).ok
    )
      return err(`${where} has invalid overrides.`);
    columns.push({ baseUrl: baseUrl.value, model, overrides });
  }
  return ok({ columns, runs });
}
