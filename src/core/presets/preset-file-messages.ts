/**
 * What parsePresetFile refuses or notes in a preset file, by id: the English templates, which the
 * English catalogue (`presets:fileProblem`) takes as they are. `{{preset}}` is `entry` or
 * `entryNamed` (a message itself); `{{message}}` a parse error; `{{detail}}` the JSON parser's own
 * words, as it gave them.
 */
export const PRESET_FILE_MESSAGES = {
  tooLarge: 'The file is too large ({{count}} characters; at most {{max}}).',
  tooDeep: 'The file nests arrays and objects more than {{max}} levels deep.',
  notJson: 'The file is not valid JSON: {{detail}}',
  empty: 'The file is empty.',
  noPresets: 'The file holds no presets.',
  tooMany: 'The file holds {{count}} presets; at most {{max}} can be imported at once.',
  oneMoreProblem: '…and 1 more problem.',
  moreProblems: '…and {{count}} more problems.',
  notObject: 'The file must hold a JSON object (a preset file or a request).',
  wrongFormat: 'This is not a presets file: its format is {{format}}, expected "{{expected}}".',
  badVersion: '"version" must be a whole number from 1 up, not {{version}}.',
  newerVersion:
    'This file was made by a newer version of the playground (preset format version {{version}}); this app reads version {{supported}}. Update the app to import it.',
  presetsNotList: '"presets" must be a list ([ … ]).',
  noPresetsList: 'The file has no "presets" list.',
  notPresetsFile: 'This is not a presets file: it has neither "presets" nor a request ("model", "input").',
  entry: 'Preset {{index}}',
  entryNamed: 'Preset {{index}} ("{{name}}")',
  entryNotObject: '{{preset}}: must be an object with "name" and "request".',
  nameMissing: '{{preset}}: "name" must be a non-empty text.',
  nameTooLong: '{{preset}}: "name" is longer than {{max}} characters.',
  descriptionNotText: '{{preset}}: "description" must be text.',
  descriptionTooLong: '{{preset}}: "description" is longer than {{max}} characters.',
  requestMissing: '{{preset}}: "request" is missing.',
  requestTextNotObject:
    '{{preset}}: "request" is text that is not a JSON object (line {{line}}, column {{column}}: {{message}}).',
  requestNotObjectList: '{{preset}}: "request" must be a JSON object ({ … }), not a list.',
  requestNotObjectNumber: '{{preset}}: "request" must be a JSON object ({ … }), not a number.',
  requestNotObjectBoolean: '{{preset}}: "request" must be a JSON object ({ … }), not a boolean.',
  requestNotObjectNull: '{{preset}}: "request" must be a JSON object ({ … }), not a null.',
  // Notes: the import goes on.
  bareList: 'The file is a bare list of presets (no "format" header); read as version 1.',
  noFormatHeader: 'The file has no "format" header; read as a version-1 preset file.',
  singleRequest: 'The file is a single request; imported as the preset "{{name}}".',
  secretIgnored: '{{preset}}: ignored "{{field}}": presets never hold keys or headers.',
  unknownField: '{{preset}}: ignored the unknown field "{{field}}".',
  requestConverted: '{{preset}}: "request" was a JSON string; converted to an object.',
} as const;
