/**
 * The linter's words, by id. The core returns data, not prose: each finding carries a message id and
 * its values, so the UI can word it in the user's language (`tools:lint.<id>`, `tools:fix.<id>` in
 * src/i18n); `message` and `fix.label` keep the English made from these templates for the CLI, logs
 * and tests. The English catalogue must stay equal to these templates (checked by a test in the
 * tool builder). Placeholders use the i18next syntax, `{{name}}`.
 */

import { fillTemplate } from '../template';
export const LINT_MESSAGES = {
  grammarSyntax: 'Grammar syntax must be "lark" or "regex", not {{syntax}}.',
  grammarEmpty: 'The grammar definition is empty.',
  grammarLookaround: 'Lookarounds ((?=, (?!, (?<=, (?<!) are not supported.',
  grammarBackreference: 'Backreferences are not supported (Rust regex syntax).',
  grammarLazy: 'Lazy quantifiers (*?, +?, ??) are not supported.',
  grammarPriority: 'Terminal priorities (NAME.2:) are not supported.',
  grammarTemplate: 'Templates are not supported.',
  grammarDeclare: '%declare is not supported.',
  grammarImport: 'Only %import common is supported.',
  grammarIgnore: 'Unbounded %ignore: keep grammars simple and bounded.',
  grammarUnbounded: 'Unbounded * or + in a terminal; prefer bounded quantifiers like {1,64}.',
  limitProperties: '{{value}} object properties; the limit is {{limit}}.',
  limitDepth: '{{value}} levels of nesting; the limit is {{limit}}.',
  limitStringLength: '{{value}} characters of names and values; the limit is {{limit}}.',
  limitEnumValues: '{{value}} enum values; the limit is {{limit}}.',
  limitLargeEnum:
    '{{values}} string enum values with {{chars}} characters; over {{threshold}} values the limit is {{limit}}.',
  additionalPropertiesMissing:
    "'additionalProperties' is required to be supplied and to be false (it is missing).",
  additionalPropertiesValue:
    "'additionalProperties' is required to be supplied and to be false (it is {{value}}).",
  objectWithoutProperties: 'Object schema missing properties (use {} for none).',
  requiredMissing: "'required' must include every key in properties. Missing '{{name}}'.",
  requiredUnknown: '\'required\' lists "{{name}}", which is not in properties.',
  reasoningOrder: 'Keys are generated in order: put "{{reason}}" before "{{conclusion}}".',
  arrayWithoutItems: 'Array schema missing items.',
  tupleItems: 'Tuple-form items (an array of schemas) is not supported.',
  keywordUnsupported: '{{keyword}} is not supported.',
  keywordNotStrict: '{{keyword}} is not supported in strict mode.',
  oneOf: 'oneOf is not supported; use anyOf.',
  formatUnsupported: "'{{format}}' is not a valid format (supported: {{supported}}).",
  nestedId: 'Nested $id creates a separate resource scope.',
  enumWithoutNull: 'Nullable type, but enum lacks null: a null answer fails validation.',
  lengthUndocumented:
    '{{keyword}} is not in the documented strict subset; reported accepted. Validated client-side.',
  fineTunedUnsupported: '{{keyword}} is not supported with fine-tuned models.',
  typeArray: 'Type array {{type}} has several non-null types; prefer anyOf.',
  defaultNull: 'default: null is stripped by the SDKs.',
  defaultAnnotation: 'default is only an annotation: the model is not bound to it.',
  refExternal: 'External $ref {{ref}} is not supported; use #/$defs/….',
  refUnresolved: '$ref {{ref}} does not resolve.',
  refSiblings: '$ref has non-annotation siblings ({{keywords}}) that are ignored; inline the definition.',
  refAnnotationSiblings:
    '$ref cannot have keywords {{keywords}} (reported by the API; the SDK lets them through).',
  rootAnyOf: 'The root schema must not be anyOf.',
  rootType: 'The root schema must be an object, not {{type}}.',
  rootRef: 'The root schema must be an object, not a $ref.',
  rootMissing: 'The root schema must be an object.',
  booleanSchema: 'Boolean schema `{{value}}` is not supported; write an object schema.',
  toolNotObject: 'A tool must be an object.',
  chatToolShape: 'This is the Chat Completions shape; Responses tools are flat ({type, name, …}).',
  toolName: 'Tool name {{name}} must be 1–64 of a-z, A-Z, 0-9, _ and -.',
  duplicateName: 'Another tool is already named "{{name}}".',
  deferLoadingModel: 'defer_loading needs gpt-5.4 or later.',
  computerUseFields: 'computer_use_preview needs {{fields}}.',
  toolSearchModel: 'tool_search needs gpt-5.4 or later.',
  tooManyFunctions:
    '{{value}} functions are available up front; aim for fewer than 20 (defer_loading + tool_search).',
  responseFormat: 'response_format is a Chat Completions parameter; Responses uses text.format.',
  responseFormatStrict:
    'response_format is a Chat Completions parameter; Responses uses text.format. Its strict also belongs inside json_schema.',
  legacyFunctions: 'functions is the legacy Chat Completions parameter; use tools.',
  formatName: 'text.format.name {{name}} must be 1–64 of a-z, A-Z, 0-9, _ and -.',
  toolChoiceString: 'tool_choice must be "none", "auto" or "required", not {{value}}.',
  toolChoiceType: 'tool_choice must be a string or an object.',
  chatToolChoice: 'This tool_choice has the Chat Completions shape.',
  allowedToolsList: 'allowed_tools needs a tools list.',
  webSearchChoice:
    'tool_choice {type: "web_search"} is not in the documented ToolChoiceTypes (only web_search_preview).',
  choiceExpectedType: 'Expected {type, …}.',
  noNamedTool: 'No {{type}} tool named {{name}}.',
  noMcpTool: 'No MCP tool with server_label {{label}}.',
  noHostedTool: 'No {{type}} tool in tools.',
  parametersRequired: 'Strict mode needs a parameters schema, even an empty one.',
  strictOmitted:
    'strict is omitted: Responses will try to normalise the schema into strict mode (optional fields may become mandatory) or silently fall back to non-strict.',
  mcpLabel: 'An MCP tool needs a server_label.',
  mcpTarget: 'Set exactly one of server_url, connector_id, tunnel_id (found {{found}}).',
  mcpConnectorDeprecated: 'connector_id is deprecated for newer models.',
  fileSearchStores: 'file_search needs at least one vector store id.',
  maxResultsRange: 'max_num_results must be between 1 and 50.',
  scoreThresholdRange: 'score_threshold must be between 0 and 1.',
} as const;

/** The one-click fixes' labels, by id. */
export const FIX_LABELS = {
  setAdditionalPropertiesFalse: 'Set additionalProperties: false',
  addEmptyProperties: 'Add properties: {}',
  requireNullable: 'Require "{{name}}" and make it nullable (keeps it optional)',
  removeFromRequired: 'Remove "{{name}}" from required',
  moveFirst: 'Move it first',
  addStringItems: 'Add items: {type: "string"}',
  moveToDescription: 'Move {{keyword}} into the description',
  renameOneOf: 'Rename oneOf to anyOf',
  removeId: 'Remove $id',
  addNullToEnum: 'Add null to enum',
  rewriteAnyOf: 'Rewrite as anyOf',
  removeDefaultNull: 'Remove default: null',
  wrapRef: 'Wrap the $ref in anyOf',
  wrapResult: 'Wrap it as property "result" of an object',
  useEmptySchema: 'Use an empty object schema',
  convertShape: 'Convert to the Responses shape',
  renameTo: 'Rename to {{name}}',
  rename: 'Rename',
  moveToTextFormat: 'Move it to text.format',
  useAuto: 'Use "auto"',
  requireAllowed: 'Require it through allowed_tools',
  addEmptyParameters: 'Add an empty parameters schema',
  setStrictTrue: 'Set strict: true',
  setStrictFalse: 'Set strict: false',
  clamp: 'Clamp',
} as const;

/** Every rule id the linter implements, with its one-line summary (the legend; `RULES` in lint-types.ts). */
export const RULE_SUMMARIES = {
  T01: 'Function and custom tool names: 1–64 of a-z A-Z 0-9 _ -',
  T02: 'text.format.name: 1–64 of a-z A-Z 0-9 _ -',
  T03: 'Chat Completions tool shape in a Responses request',
  T04: 'strict omitted on a function tool',
  T05: 'Tool names must be unique',
  T06: 'tool_choice names a tool that exists',
  T07: 'tool_choice type web_search is not a documented choice',
  T08: 'response_format is a Chat Completions parameter',
  T09: 'Custom tool grammar syntax',
  T10: 'Unbounded grammar terminals',
  T11: 'More than 20 functions available up front',
  T12: 'tool_search / defer_loading need gpt-5.4 or later',
  T13: 'MCP tool needs exactly one of server_url, connector_id, tunnel_id',
  T14: 'file_search settings',
  T15: 'computer_use_preview needs display size and environment',
  S01: 'Root schema must be type object',
  S02: 'Root schema must not be anyOf',
  S03: 'Objects need additionalProperties: false',
  S04: 'Every property must be required',
  S05: 'required names a missing property',
  S06: 'Object schema must declare properties',
  S07: 'Arrays need one items schema',
  S08: 'Unsupported composition keyword',
  S09: 'oneOf is not supported',
  S10: 'Unsupported keyword',
  S11: 'Unsupported string format',
  S12: '$ref must be local and resolve',
  S13: '$ref with sibling keywords',
  S14: 'Boolean schemas are not supported',
  S15: 'Nested $id',
  S16: 'At most 5000 object properties',
  S17: 'At most 10 levels of nesting',
  S18: 'At most 120,000 characters of names and values',
  S19: 'At most 1000 enum values',
  S20: 'Large string enums: at most 15,000 characters',
  S21: 'Nullable enum without null',
  S22: 'minLength / maxLength are not documented for strict mode',
  S23: 'Keywords fine-tuned models do not support',
  S24: 'Type arrays with several non-null types',
  S25: 'Defaults are annotations only',
  S26: 'Reasoning fields before conclusions',
} as const;

export type LintMessageKey = keyof typeof LINT_MESSAGES;
export type FixLabelKey = keyof typeof FIX_LABELS;
/** The values a message's placeholders take. */
export type MessageParams = Record<string, string | number>;

/** A message id with its values. */
export interface LintText<K extends string = LintMessageKey> {
  key: K;
  params?: MessageParams;
}

/** `{key, params}`, short to write at each rule. */
export function msg<K extends string>(key: K, params?: MessageParams): LintText<K> {
  return params ? { key, params } : { key };
}


/** The English of a lint message. */
export function lintMessage(t: LintText): string {
  return fillTemplate(LINT_MESSAGES[t.key], t.params);
}

/** The English of a fix label. */
export function fixLabel(t: LintText<FixLabelKey>): string {
  return fillTemplate(FIX_LABELS[t.key], t.params);
}
