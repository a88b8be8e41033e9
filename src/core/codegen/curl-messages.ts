/**
 * What parseCurlCommand (and the shell-word splitter under it) refuses or warns about, by id: the
 * English templates, which the English catalogue (`presets:curlProblem`) takes as they are.
 * `{{option}}`, `{{value}}`, `{{url}}`… are what the command said, quoted as they came; `{{message}}`
 * is a parse error and `{{problem}}` a base-URL problem (messages themselves).
 */
export const CURL_MESSAGES = {
  tooLarge: 'The command is too large ({{count}} characters; at most {{max}}).',
  unclosedSingle: "The command has an unclosed ' quote (was it cut off?).",
  unclosedAnsi: "The command has an unclosed $' quote (was it cut off?).",
  unclosedDouble: 'The command has an unclosed " quote (was it cut off?).',
  notCurl: 'Paste a curl command: it should start with "curl".',
  noValue: 'The option {{option}} has no value.',
  noBody: 'The command sends no body: add the JSON request with -d or --data-raw.',
  bodyNotObject: 'The body is not a JSON object (line {{line}}, column {{column}}: {{message}}).',
  bodyFromFile:
    'The command reads its body from a file ({{option}} {{value}}): paste the body itself instead.',
  urlencodedForm:
    '{{option}} sends a form, not JSON: the Responses API takes a JSON body (-d or --data-raw).',
  uploadsFile: '{{option}} uploads a file or form; the Responses API takes a JSON body (-d or --data-raw).',
  configFile: '{{option}} reads options from a file; paste the full command instead.',
  // Warnings: the import goes on.
  truncated: 'Ignored what follows the command (a pipe, ";" or redirection).',
  ignoredOption: 'Ignored the option {{option}}.',
  notPost: 'The command uses {{method}}; the playground always POSTs to /v1/responses.',
  placeholderKey: 'The key in the command is a placeholder ({{key}}): enter your own in API key.',
  placeholderKeyEmpty: 'The key in the command is a placeholder (empty): enter your own in API key.',
  nonBearer: 'Kept a non-Bearer Authorization header as an extra header.',
  contentType: 'Ignored Content-Type {{value}}: the playground sends application/json.',
  badHeader: 'Ignored the header "{{value}}" (no "name: value").',
  userIgnored: 'Ignored {{option}} (user name and password): the playground sends a Bearer key.',
  cookieIgnored: 'Ignored {{option}}: the playground sends no cookies.',
  noUrl: 'The command has no URL; Base URL is unchanged.',
  urlNoHost: 'The URL {{url}} has no host; Base URL is unchanged.',
  urlInvalid: 'The URL {{url}} is not valid; Base URL is unchanged.',
  urlNotHttp: 'The URL {{url}} is not http(s); Base URL is unchanged.',
  notResponsesPath: 'The command calls {{path}}, not /v1/responses; the Base URL was taken from it anyway.',
  urlProblem: 'The URL {{url}} is not valid ({{problem}}); Base URL is unchanged.',
} as const;
