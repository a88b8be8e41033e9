import { parseTree, type Node } from 'jsonc-parser';
import { checkImportedText } from '../import-limits';
import { parseRequestText } from '../request/parse-request';
import { err, ok, type Result } from '../result';
import { parseErrorSaid, said, verbatim, type Said } from '../said';
import { saidEnglish } from '../said-english';
import { newTestId, readToolTests } from '../tools/tool-tests/test-file';
import { prettyJson } from './json-text';
import { PRESET_FILE_FORMAT, PRESET_FILE_VERSION, PRESET_LIMITS, type PresetEntry } from './preset-format';

/** What an import yields: presets ready to store, and notes on what was migrated or ignored. */
export interface PresetImport {
  presets: PresetEntry[];
  /** `presetFile` messages (tool tests' notes come `verbatim`, in their own English). */
  warnings: Said[];
}

/** Fields a preset never carries: they are dropped on import, with a warning. */
const SECRET_FIELDS = /^(api[_-]?key|apikey|key|authorization|headers|token|secret|password)$/i;
const KNOWN_ENTRY_FIELDS = new Set(['name', 'description', 'request', 'tests']);
const MAX_ERRORS = 12;

/**
 * Reads a preset file, validating it and migrating older or looser shapes to the current version.
 *
 * Accepted: a version-1 file (see docs/preset-format.md); `{"presets": [...]}` without the
 * `format`/`version` header; a bare array of presets; a bare Responses request (`{"model", "input", …}`,
 * as relay docs share them) which becomes one preset named after `fileName`; and presets whose
 * `request` is a JSON string instead of an object.
 *
 * Refused, with every problem listed (up to 12) so the user can fix the file: text that is not JSON,
 * a different `format`, a newer `version`, no presets, too many, a preset without a name or whose
 * request is not a JSON object. Nothing is imported when anything is refused. Messages are
 * `presetFile` messages ({@link saidEnglish} gives their English).
 */
export function parsePresetFile(text: string, fileName?: string): Result<PresetImport, Said[]> {
  const bounded = checkImportedText(text, 'The file', { maxChars: PRESET_LIMITS.fileBytes });
  if (!bounded.ok) {
    const { kind, count, max } = bounded.error;
    return err([said('presetFile', kind, kind === 'tooLarge' ? { count: count ?? 0, max } : { max })]);
  }
  const source = text.replace(/^\uFEFF/, '');
  try {
    JSON.parse(source);
  } catch (e) {
    return err([said('presetFile', 'notJson', { detail: e instanceof Error ? e.message : String(e) })]);
  }
  const root = parseTree(source, [], { disallowComments: true });
  if (!root) return err([said('presetFile', 'empty')]);

  const warnings: Said[] = [];
  const list = presetList(source, root, fileName, warnings);
  if (!list.ok) return err([list.error]);
  if (list.value.length === 0) return err([said('presetFile', 'noPresets')]);
  if (list.value.length > PRESET_LIMITS.presets)
    return err([said('presetFile', 'tooMany', { count: list.value.length, max: PRESET_LIMITS.presets })]);

  const errors: Said[] = [];
  const presets: PresetEntry[] = [];
  list.value.forEach((node, index) => {
    const entry = readEntry(source, node, index + 1, warnings);
    if (entry.ok) presets.push(entry.value);
    else errors.push(...entry.error);
  });
  if (errors.length > MAX_ERRORS) {
    const more = errors.length - MAX_ERRORS;
    const last =
      more === 1 ? said('presetFile', 'oneMoreProblem') : said('presetFile', 'moreProblems', { count: more });
    return err([...errors.slice(0, MAX_ERRORS), last]);
  }
  return errors.length > 0 ? err(errors) : ok({ presets, warnings });
}

/** Finds the presets array, migrating the shapes older files and other tools use. */
function presetList(
  source: string,
  root: Node,
  fileName: string | undefined,
  warnings: Said[],
): Result<Node[], Said> {
  if (root.type === 'array') {
    warnings.push(said('presetFile', 'bareList'));
    return ok(root.children ?? []);
  }
  if (root.type !== 'object') return err(said('presetFile', 'notObject'));

  const format = valueOf(source, property(root, 'format'));
  const version = valueOf(source, property(root, 'version'));
  const presets = property(root, 'presets');
  if (format !== undefined && format !== PRESET_FILE_FORMAT)
    return err(
      said('presetFile', 'wrongFormat', { format: JSON.stringify(format), expected: PRESET_FILE_FORMAT }),
    );
  if (version !== undefined) {
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
      return err(said('presetFile', 'badVersion', { version: String(JSON.stringify(version)) }));
    if (version > PRESET_FILE_VERSION)
      return err(said('presetFile', 'newerVersion', { version, supported: PRESET_FILE_VERSION }));
  }
  if (presets) {
    if (presets.type !== 'array') return err(said('presetFile', 'presetsNotList'));
    if (format === undefined) warnings.push(said('presetFile', 'noFormatHeader'));
    return ok(presets.children ?? []);
  }
  if (format !== undefined) return err(said('presetFile', 'noPresetsList'));
  if (property(root, 'model') || property(root, 'input')) {
    // A bare request, as relay docs share it: wrap it as one preset.
    const name = fileName?.replace(/\.json$/i, '').trim() || 'Imported request';
    warnings.push(said('presetFile', 'singleRequest', { name }));
    return ok([syntheticEntry(root, name)]);
  }
  return err(said('presetFile', 'notPresetsFile'));
}

function readEntry(source: string, node: Node, index: number, warnings: Said[]): Result<PresetEntry, Said[]> {
  if (node.type !== 'object')
    return err([said('presetFile', 'entryNotObject', { preset: said('presetFile', 'entry', { index }) })]);
  const synthetic = (node as SyntheticNode).syntheticName;
  const rawName = synthetic ?? valueOf(source, property(node, 'name'));
  const preset =
    typeof rawName === 'string' && rawName.trim()
      ? said('presetFile', 'entryNamed', { index, name: rawName.trim() })
      : said('presetFile', 'entry', { index });
  const errors: Said[] = [];

  let name = '';
  if (typeof rawName !== 'string' || rawName.trim() === '')
    errors.push(said('presetFile', 'nameMissing', { preset }));
  else if (rawName.trim().length > PRESET_LIMITS.nameChars)
    errors.push(said('presetFile', 'nameTooLong', { preset, max: PRESET_LIMITS.nameChars }));
  else name = rawName.trim();

  const rawDescription = synthetic !== undefined ? undefined : valueOf(source, property(node, 'description'));
  if (rawDescription !== undefined && typeof rawDescription !== 'string')
    errors.push(said('presetFile', 'descriptionNotText', { preset }));
  else if (typeof rawDescription === 'string' && rawDescription.length > PRESET_LIMITS.descriptionChars)
    errors.push(said('presetFile', 'descriptionTooLong', { preset, max: PRESET_LIMITS.descriptionChars }));

  const requestText =
    synthetic !== undefined
      ? ok(prettyJson(slice(source, node)))
      : readRequest(source, node, preset, warnings);
  if (!requestText.ok) errors.push(requestText.error);
  const testsNode = synthetic === undefined ? property(node, 'tests') : undefined;
  // The tool tests' problems in their own area's English (the page words them there, not here).
  const tests = testsNode
    ? readToolTests(valueOf(source, testsNode), saidEnglish(preset), newTestId)
    : undefined;
  if (tests && !tests.ok) errors.push(...tests.error.map(verbatim));
  else if (tests) warnings.push(...tests.value.warnings.map(verbatim));

  if (synthetic === undefined) {
    for (const child of node.children ?? []) {
      const key = child.children?.[0]?.value as string;
      if (KNOWN_ENTRY_FIELDS.has(key)) continue;
      warnings.push(
        said('presetFile', SECRET_FIELDS.test(key) ? 'secretIgnored' : 'unknownField', {
          preset,
          field: key,
        }),
      );
    }
  }
  if (errors.length > 0 || !requestText.ok) return err(errors);
  const entry: PresetEntry = { name, requestText: requestText.value };
  if (typeof rawDescription === 'string' && rawDescription.trim()) entry.description = rawDescription.trim();
  if (tests?.ok && tests.value.tests.length > 0) entry.tests = tests.value.tests;
  return ok(entry);
}

function readRequest(source: string, node: Node, preset: Said, warnings: Said[]): Result<string, Said> {
  const request = property(node, 'request');
  if (!request) return err(said('presetFile', 'requestMissing', { preset }));
  if (request.type === 'object') return ok(prettyJson(slice(source, request)));
  if (request.type === 'string') {
    // Older exports and some tools store the request as a JSON string: migrate it to an object.
    const parsed = parseRequestText(request.value as string);
    if (!parsed.ok) {
      const { line, column } = parsed.error;
      return err(
        said('presetFile', 'requestTextNotObject', {
          preset,
          line,
          column,
          message: parseErrorSaid(parsed.error),
        }),
      );
    }
    warnings.push(said('presetFile', 'requestConverted', { preset }));
    return ok(prettyJson(request.value as string));
  }
  return err(said('presetFile', NOT_OBJECT[request.type] ?? 'requestNotObjectNull', { preset }));
}

/** The message for a `request` of each other JSON type. */
const NOT_OBJECT: Partial<
  Record<Node['type'], 'requestNotObjectList' | 'requestNotObjectNumber' | 'requestNotObjectBoolean'>
> = {
  array: 'requestNotObjectList',
  number: 'requestNotObjectNumber',
  boolean: 'requestNotObjectBoolean',
};

interface SyntheticNode extends Node {
  syntheticName?: string;
}

function syntheticEntry(root: Node, name: string): SyntheticNode {
  return { ...root, syntheticName: name };
}

function property(node: Node, key: string): Node | undefined {
  if (node.type !== 'object') return undefined;
  // The last occurrence wins, as with JSON.parse.
  const found = (node.children ?? []).filter((p) => p.children?.[0]?.value === key).at(-1);
  return found?.children?.[1];
}

function valueOf(source: string, node: Node | undefined): unknown {
  return node === undefined ? undefined : JSON.parse(slice(source, node));
}

function slice(source: string, node: Node): string {
  return source.slice(node.offset, node.offset + node.length);
}
