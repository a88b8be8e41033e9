/**
 * Why a request cannot be exported as code (buildCodeRequest), by id: the English templates, which
 * the English catalogue (`code:problem`) takes as they are. `{{message}}` is a parse error (itself a
 * message); base-URL problems come from the `baseUrl` table.
 */
export const CODE_REQUEST_MESSAGES = {
  invalidJson: 'The request is not valid JSON (line {{line}}, column {{column}}: {{message}}).',
  badHeaderName: 'The header name "{{name}}" is not valid, so it cannot be exported.',
  headerLineBreak: 'The value of header "{{name}}" has a line break, so it cannot be exported.',
} as const;
