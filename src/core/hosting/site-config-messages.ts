/**
 * What is wrong with a site's `playground.json`, by id: the English templates, which the English
 * catalogue (`hosting:configProblem`) takes as they are. A field's problem is `atPath` with the
 * field's dotted `{{path}}` and the `{{problem}}` (one of the fragments below, a message itself).
 */
export const SITE_CONFIG_MESSAGES = {
  httpError: '{{file}} could not be read (HTTP {{status}}).',
  tooLarge: 'The file is too large ({{count}} characters; at most {{max}}).',
  tooLargeStreamed: 'The file is too large (at most {{max}} characters).',
  notJson: 'The file is not valid JSON: {{detail}}',
  notObject: 'The file must hold a JSON object ({ "profiles": [ … ] }).',
  atPath: '{{path}}: {{problem}}',
  inPresets: 'presets: {{problem}}',
  moreProblems: '…and {{count}} more problems.',
  // What is wrong with one field.
  mustBeText: 'must be a text',
  mustBeObject: 'must be an object',
  unknownField: 'is not a known field (a typo?)',
  missingField: 'is missing',
  baseUrlInvalid: 'must be an http:// or https:// URL without a user name or password',
  baseUrlUnusable: 'is not a usable base URL',
  headersNotObject: 'must be an object of header names and values',
  headerValuesText: 'header values must be texts',
  tooManyHeaders: 'at most {{max}} headers',
  credentials: 'must not hold credentials (Authorization, API keys, cookies): keys never go in a public file',
  proxyHeaders: 'x-proxy-* names are reserved for the local proxy',
  badHeader: 'holds a header that cannot be sent (check names and values)',
  tooLong: 'at most {{max}} characters',
  chainingMode: 'must be "auto", "server" or "replay"',
  notList: 'must be a list ([ … ])',
  tooManyProfiles: 'at most {{max}} profiles',
  empty: 'must not be empty',
} as const;
