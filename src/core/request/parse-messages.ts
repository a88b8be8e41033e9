/**
 * Why a request text is not a sendable JSON object, by id. The core returns data, not prose: each
 * parse error carries its id and values, and the UI words it in the user's language
 * (`editor:parse.<id>` in src/i18n); `message` keeps the English made from these templates for
 * logs and tests. The English catalogue must stay equal to these templates (a test in the request
 * editor checks it). Placeholders use the i18next syntax, `{{name}}`.
 */
export const REQUEST_TEXT_MESSAGES = {
  invalidJson: 'Invalid JSON',
  empty: 'The request is empty: expected a JSON object',
  tooDeep: 'The request nests arrays and objects more than {{depth}} levels deep.',
  notObjectArray: 'The request must be a JSON object ({ … }), not an array',
  notObjectNull: 'The request must be a JSON object ({ … }), not null',
  notObjectString: 'The request must be a JSON object ({ … }), not a string',
  notObjectNumber: 'The request must be a JSON object ({ … }), not a number',
  notObjectBoolean: 'The request must be a JSON object ({ … }), not {{token}}',
  invalidNumber: 'Invalid number "{{token}}"',
  trailingComma: 'Trailing commas are not allowed in JSON',
  endExpectedPropertyName: 'Unexpected end of text: expected a property name',
  expectedPropertyName: 'Expected a property name in double quotes',
  endExpectedValue: 'Unexpected end of text: expected a value',
  expectedValueBeforeComma: 'Expected a value before the comma',
  expectedValue: 'Expected a value',
  endExpectedColon: 'Unexpected end of text: expected a colon',
  expectedColon: 'Expected a colon after the property name',
  leadingZeros: 'Numbers cannot have leading zeros',
  expectedCommaOrBracket: 'Expected a comma or closing bracket',
  expectedCommaOrBrace: 'Expected a comma or closing brace',
  endExpectedBrace: 'Unexpected end of text: expected a closing brace "}"',
  endExpectedBracket: 'Unexpected end of text: expected a closing bracket "]"',
  textAfterEnd: 'Unexpected text after the end of the JSON object',
  comments: 'Comments are not allowed in JSON',
  unterminatedString:
    'Unterminated string: close the quote (a line break inside a string must be written \\n)',
  invalidUnicode: 'Invalid \\u escape: expected four hex digits',
  invalidEscape: 'Invalid escape sequence in a string (use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)',
  controlCharacter: 'Control characters must be escaped in strings (for example \\n or \\t)',
  singleQuotes: 'Strings and property names must use double quotes, not single quotes',
  literalCase: 'Unexpected "{{token}}": JSON literals are lower case (true, false, null)',
  notJsonValue: '"{{token}}" is not a JSON value',
  unquoted: 'Unexpected "{{token}}": strings and property names need double quotes',
  unexpectedCharacter: 'Unexpected character "{{token}}"',
} as const;

export type RequestTextMessageKey = keyof typeof REQUEST_TEXT_MESSAGES;

/** A parse error's words: the template id and its values. */
export interface RequestTextMessage {
  key: RequestTextMessageKey;
  params?: Record<string, string>;
}

/** The English text of a message (templates filled in). */
export function requestTextMessage({ key, params }: RequestTextMessage): string {
  return REQUEST_TEXT_MESSAGES[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => params?.[name] ?? '');
}
