/**
 * What is wrong with a base URL (endpointUrl, canonicalBaseUrl), by id: the English templates, which
 * the English catalogue (`common:baseUrlProblem`) takes as they are. Placeholders use `{{name}}`.
 */
export const BASE_URL_MESSAGES = {
  empty: 'Enter a base URL, for example https://api.openai.com/v1',
  noScheme: '"{{url}}" is not a valid URL: it must start with http:// or https://',
  invalid: '"{{url}}" is not a valid URL.',
  notValid: 'The base URL is not a valid URL.',
  wrongScheme: 'The base URL must use http:// or https://, not {{scheme}}//',
  credentials: 'Remove the user name and password from the base URL; put the key in the API key field.',
  badHost: 'The base URL has characters a host name cannot have.',
} as const;
