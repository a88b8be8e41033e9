/**
 * What is wrong with a deep link (`#request=`) or a share link (`#share=`), and the long-link
 * warnings of Share, by id: the English templates, which the English catalogue
 * (`presets:linkProblem`) takes as they are. A broken link is `invalidLink` / `invalidShareLink`
 * with the `{{problem}}` (itself a message: one of the fragments below, a base-URL problem…).
 */
export const LINK_MESSAGES = {
  invalidLink: 'Invalid link: {{problem}}',
  invalidShareLink: 'Invalid share link: {{problem}}',
  newerShareVersion:
    'This share link was made by a newer version of the playground (format {{version}}); update the app to open it.',
  brokenEncoding: 'the {{param}} parameter has broken %-encoding.',
  requestTooLarge: 'the request is too large ({{count}} characters; at most {{max}}).',
  requestTooDeep: 'the request nests arrays and objects more than {{max}} levels deep.',
  requestEmpty: 'the request is empty.',
  requestNotBase64At: 'the request is not base64url (unexpected "{{char}}" at position {{position}}).',
  requestNotBase64Truncated: 'the request is not base64url (truncated data).',
  requestNotUtf8: 'the request is not valid UTF-8 text.',
  requestNotObject: 'the request is not a JSON object (line {{line}}, column {{column}}: {{message}}).',
  shareTooLong: 'it is too long ({{count}} characters; at most {{max}}).',
  shareEmpty: 'it is empty.',
  dataNotBase64: 'the data is not base64url (it may have been cut off).',
  dataCorrupt: 'the data is corrupt (it may have been cut off or altered).',
  unpacksTooLarge: 'it unpacks to more than {{max}} bytes.',
  dataNotJson: 'the data is not UTF-8 JSON.',
  notEnvelope: 'the data is not a share envelope.',
  noVersion: 'the data has no version.',
  unknownVersion: 'unknown format version {{version}}.',
  noRequest: 'it holds no request.',
  testsMalformed: 'its tests are malformed.',
  baseUrlInvalid: 'base_url is not a valid URL.',
  baseUrlTooLong: 'base_url is too long.',
  baseUrlScheme: 'base_url must be an http:// or https:// URL, not {{scheme}}.',
  baseUrlCredentials: 'base_url must not carry a user name or password.',
  // Share's warnings on a long link.
  longLink:
    'This link is {{count}} characters long: some chat apps and e-mail clients cut links over {{max}} characters.',
  tooLongLink:
    'This link is {{count}} characters long: most chat apps and some browsers cut or refuse links over {{max}} characters. Export the request as a preset file instead.',
} as const;
