import { parseTree, type Node } from 'jsonc-parser';
import { checkImportedText } from '../import-limits';
import { parseRequestText } from '../request/parse-request';
import { err, ok, type Result } from '../result';
import { newTestId, readToolTests } from '../tools/tool-tests/test-file';
import { prettyJson } from './json-text';
import { PRESET_FILE_FORMAT, PRESET_FILE_VERSION, PRESET_LIMITS, type PresetEntry } from './preset-format';

/** What an import yields: presets ready to store, and notes on what was migrated or ignored. */
export interface PresetImport {
  presets: PresetEntry[];
  warnings: string[];
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
 * request is not a JSON object. Nothing is imported when anything is refused.
 */
export function parsePresetFile(text: string, fileName?: string): Result<PresetImport, string[]> {
  const bounded = checkImportedText(text, 'The file', { maxChars: PRESET_LIMITS.fileBytes });
  if (!bounded.ok) return err([bounded.error.message]);
  const source = text.replace(/^\uFEFF/, '');
  try {
    JSON.parse(source);
  } catch (e) {
    return err([`The file is not valid JSON: ${e instanceof Error ? e.message : String(e)}`]);
  }
  const root = parseTree(source, [], { disallowComments: true });
  if (!root) return err(['The file is empty.']);

  const warnings: string[] = [];
  const list = presetList(source, root, fileName, warnings);
  if (!list.ok) return err([list.error]);
  if (list.value.length === 0) return err(['The file holds no presets.']);
  if (list.value.length > PRESET_LIMITS.presets)
    return err([
      `The file holds ${list.value.length} presets; at most ${PRESET_LIMITS.presets} can be imported at once.`,
    ]);

  const errors: string[] = [];
  const presets: PresetEntry[] = [];
  list.value.forEach((node, index) => {
    const entry = readEntry(source, node, index + 1, warnings);
    if (entry.ok) presets.push(entry.value);
    else errors.push(...entry.error);
  });
  if (errors.length > MAX_ERRORS) {
    const more = errors.length - MAX_ERRORS;
    return err([...errors.slice(0, MAX_ERRORS), `…and ${more} more problem${more === 1 ? '' : 's'}.`]);
  }
  return errors.length > 0 ? err(errors) : ok({ presets, warnings });
}

/** Finds the presets array, migrating the shapes older files and other tools use. */
function presetList(
  source: string,
  root: Node,
  fileName: string | undefined,
  warnings: string[],
): Result<Node[]> {
  if (root.type === 'array') {
    warnings.push('The file is a bare list of presets (no "format" header); read as version 1.');
    return ok(root.children ?? []);
  }
  if (root.type !== 'object') return err('The file must hold a JSON object (a preset file or a request).');

  const format = valueOf(source, property(root, 'format'));
  const version = valueOf(source, property(root, 'version'));
  const presets = property(root, 'presets');
  if (format !== undefined && format !== PRESET_FILE_FORMAT)
    return err(
      `This is not a presets file: its format is ${JSON.stringify(format)}, expected "${PRESET_FILE_FORMAT}".`,
    );
  if (version !== undefined) {
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
      return err(`"version" must be a whole number from 1 up, not ${JSON.stringify(version)}.`);
    if (version > PRESET_FILE_VERSION)
      return err(
        `This file was made by a newer version of the playground (preset format version ${version}); this app reads version ${PRESET_FILE_VERSION}. Update the app to import it.`,
      );
  }
  if (presets) {
    if (presets.type !== 'array') return err('"presets" must be a list ([ … ]).');
    if (format === undefined)
      warnings.push('The file has no "format" header; read as a version-1 preset file.');
    return ok(presets.children ?? []);
  }
  if (format !== undefined) return err('The file has no "presets" list.');
  if (property(root, 'model') || property(root, 'input')) {
    // A bare request, as relay docs share it: wrap it as one preset.
    const name = fileName?.replace(/\.json$/i, '').trim() || 'Imported request';
    warnings.push(`The file is a single request; imported as the preset "${name}".`);
    return ok([syntheticEntry(root, name)]);
  }
  return err('This is not a presets file: it has neither "presets" nor a request ("model", "input").');
}

function readEntry(
  source: string,
  node: Node,
  index: number,
  warnings: string[],
): Result<PresetEntry, string[]> {
  if (node.type !== 'object') return err([`Preset ${index}: must be an object with "name" and "request".`]);
  const synthetic = (node as SyntheticNode).syntheticName;
  const rawName = synthetic ?? valueOf(source, property(node, 'name'));
  const label =
    typeof rawName === 'string' && rawName.trim()
      ? `Preset ${index} ("${rawName.trim()}")`
      : `Preset ${index}`;
  const errors: string[] = [];

  let name = '';
  if (typeof rawName !== 'string' || rawName.trim() === '')
    errors.push(`${label}: "name" must be a non-empty text.`);
  else if (rawName.trim().length > PRESET_LIMITS.nameChars)
    errors.push(`${label}: "name" is longer than ${PRESET_LIMITS.nameChars} characters.`);
  else name = rawName.trim();

  const rawDescription = synthetic !== undefined ? undefined : valueOf(source, property(node, 'description'));
  if (rawDescription !== undefined && typeof rawDescription !== 'string')
    errors.push(`${label}: "description" must be text.`);
  else if (typeof rawDescription === 'string' && rawDescription.length > PRESET_LIMITS.descriptionChars)
    errors.push(`${label}: "description" is longer than ${PRESET_LIMITS.descriptionChars} characters.`);

  const requestText =
    synthetic !== undefined
      ? ok(prettyJson(slice(source, node)))
      : readRequest(source, node, label, warnings);
  if (!requestText.ok) errors.push(requestText.error);
  const testsNode = synthetic === undefined ? property(node, 'tests') : undefined;
  const tests = testsNode ? readToolTests(valueOf(source, testsNode), label, newTestId) : undefined;
  if (tests && !tests.ok) errors.push(...tests.error);
  else if (tests) warnings.push(...tests.value.warnings);

  if (synthetic === undefined) {
    for (const child of node.children ?? []) {
      const key = child.children?.[0]?.value as string;
      if (KNOWN_ENTRY_FIELDS.has(key)) continue;
      warnings.push(
        SECRET_FIELDS.test(key)
          ? `${label}: ignored "${key}": presets never hold keys or headers.`
          : `${label}: ignored the unknown field "${key}".`,
      );
    }
  }
  if (errors.length > 0 || !requestText.ok) return err(errors);
  const entry: PresetEntry = { name, requestText: requestText.value };
  if (typeof rawDescription === 'string' && rawDescription.trim()) entry.description = rawDescription.trim();
  if (tests?.ok && tests.value.tests.length > 0) entry.tests = tests.value.tests;
  return ok(entry);
}

function readRequest(source: string, node: Node, label: string, warnings: string[]): Result<string> {
  const request = property(node, 'request');
  if (!request) return err(`${label}: "request" is missing.`);
  if (request.type === 'object') return ok(prettyJson(slice(source, request)));
  if (request.type === 'string') {
    // Older exports and some tools store the request as a JSON string: migrate it to an object.
    const parsed = parseRequestText(request.value as string);
    if (!parsed.ok)
      return err(
        `${label}: "request" is text that is not a JSON object (line ${parsed.error.line}, column ${parsed.error.column}: ${parsed.error.message}).`,
      );
    warnings.push(`${label}: "request" was a JSON string; converted to an object.`);
    return ok(prettyJson(request.value as string));
  }
  return err(
    `${label}: "request" must be a JSON object ({ … }), not ${request.type === 'array' ? 'a list' : `a ${request.type}`}.`,
  );
}

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
