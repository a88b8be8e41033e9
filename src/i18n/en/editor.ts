/**
 * The request editor (src/features/request-editor) and Send's checks (src/app/send.ts).
 * `parse` mirrors REQUEST_TEXT_MESSAGES in src/core/request/parse-messages.ts (the English the core
 * writes into parse errors); a test in the request editor keeps them equal.
 */
export const editor = {
  label: 'Request JSON',
  stream: 'Stream',
  streamDisabled: 'Fix the request JSON to change streaming.',
  format: 'Format',
  formatTitle: 'Pretty-print the JSON (two-space indentation); Ctrl/Cmd+Z undoes it',
  formatDisabled: 'Fix the JSON to format it.',
  keyboardHint:
    'Tab indents here. To leave the editor by keyboard: Esc then Tab, or Ctrl+M (Ctrl+Shift+M on a Mac) to make Tab move focus. Ctrl/Cmd+Enter sends.',
  sendAction: 'Send request',
  errorAt: 'Line {{line}}, column {{column}}:',
  markerSource: 'Tools check',
  notSent: 'Not sent: {{reason}}',
  notSentInvalid: 'Not sent: Request JSON is invalid at line {{line}}, column {{column}}: {{message}}',
  strict: {
    title: 'Send with strict-mode errors?',
    body_one:
      'The tools check found {{count}} error that OpenAI would reject (strict mode and schema rules). A relay may accept it; OpenAI answers 400.',
    body_other:
      'The tools check found {{count}} errors that OpenAI would reject (strict mode and schema rules). A relay may accept it; OpenAI answers 400.',
    more_one: '… and {{count}} more',
    more_other: '… and {{count}} more',
    onceNote: 'If you send anyway, you will not be asked again until these errors change.',
    sendAnyway: 'Send anyway',
    fix: 'Fix',
    listLabel: 'Errors',
  },
  parse: {
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
  },
};
