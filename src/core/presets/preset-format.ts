import { parseRequestText } from '../request/parse-request';
import { toolTestsToJson } from '../tools/tool-tests/test-file';
import type { ToolTest } from '../tools/tool-tests/types';
import { minifyJson, prettyJson } from './json-text';

/**
 * The preset file format (documented in docs/preset-format.md):
 *
 * ```json
 * { "format": "responses-playground.presets", "version": 1, "exported_at": "2026-01-02T03:04:05.000Z",
 *   "presets": [ { "name": "…", "description": "…", "request": { "model": "…", "input": "…" } } ] }
 * ```
 */
export const PRESET_FILE_FORMAT = 'responses-playground.presets';
/** The newest version this app reads and writes. Version 2 added `tests` to presets. */
export const PRESET_FILE_VERSION = 2;

/** A preset as the app handles it: the request is its exact JSON text. */
export interface PresetEntry {
  name: string;
  description?: string;
  requestText: string;
  /** Tool tests that go with this request (version 2). */
  tests?: ToolTest[];
}

/** Limits applied on import, so a hostile file cannot flood storage or the UI. */
export const PRESET_LIMITS = {
  fileBytes: 5_000_000,
  presets: 500,
  nameChars: 120,
  descriptionChars: 2_000,
} as const;

/**
 * Writes presets as a preset file (pretty-printed, final newline). Each request is spliced in as its
 * own JSON text, so every literal (long numbers, escapes) survives the round trip. A file whose
 * presets carry no tool tests is written as version 1, so apps from before tests still read it.
 *
 * @throws Error when a preset's request text is not a JSON object (the app only saves valid ones)
 */
export function serializePresetFile(presets: readonly PresetEntry[], now: Date = new Date()): string {
  const entries = presets.map((preset) => {
    if (!parseRequestText(preset.requestText).ok)
      throw new Error(`Preset "${preset.name}" has no valid request JSON.`);
    const description =
      preset.description !== undefined ? `,"description":${JSON.stringify(preset.description)}` : '';
    const tests = preset.tests?.length ? `,"tests":${JSON.stringify(toolTestsToJson(preset.tests))}` : '';
    return `{"name":${JSON.stringify(preset.name)}${description},"request":${minifyJson(preset.requestText)}${tests}}`;
  });
  const version = presets.some((p) => p.tests?.length) ? PRESET_FILE_VERSION : 1;
  return prettyJson(
    `{"format":${JSON.stringify(PRESET_FILE_FORMAT)},"version":${version},` +
      `"exported_at":${JSON.stringify(now.toISOString())},"presets":[${entries.join(',')}]}`,
  );
}

/** A file name for an export: `responses-presets-2026-01-02.json`. */
export function presetFileName(now: Date = new Date(), stem = 'responses-presets'): string {
  const safe = stem.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'responses-presets';
  return `${safe}-${now.toISOString().slice(0, 10)}.json`;
}

/** `name`, or `name (2)`, `name (3)`… so that it differs from every name in `taken`. */
export function uniquePresetName(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(name)) return name;
  const stem = name.replace(/ \(\d+\)$/, '');
  for (let i = 2; ; i++) {
    const candidate = `${stem} (${i})`;
    if (!used.has(candidate)) return candidate;
  }
}
