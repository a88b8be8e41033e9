/**
 * Words the core says to the user, as data rather than prose: which table of messages (`in`), the
 * message's id in it and its values. The UI says them in its language (src/i18n/said-text.ts, whose
 * English catalogue entries are these same tables); Node, the CLI and tests read the English
 * ({@link saidEnglish} in ./said-english.ts). A value may itself be a message: a parse error inside a
 * link's error, a base-URL problem inside a curl warning.
 */
import type { BASE_URL_MESSAGES } from './api/base-url-messages';
import type { CODE_REQUEST_MESSAGES } from './codegen/code-request-messages';
import type { CURL_MESSAGES } from './codegen/curl-messages';
import type { SITE_CONFIG_MESSAGES } from './hosting/site-config-messages';
import type { LINK_MESSAGES } from './presets/link-messages';
import type { PRESET_FILE_MESSAGES } from './presets/preset-file-messages';
import type { REQUEST_TEXT_MESSAGES } from './request/parse-messages';

/** Each table of messages by name (`verbatim` passes an already-worded text through: `{{text}}`). */
export interface SaidTables {
  baseUrl: typeof BASE_URL_MESSAGES;
  codeRequest: typeof CODE_REQUEST_MESSAGES;
  curl: typeof CURL_MESSAGES;
  link: typeof LINK_MESSAGES;
  presetFile: typeof PRESET_FILE_MESSAGES;
  requestText: typeof REQUEST_TEXT_MESSAGES;
  siteConfig: typeof SITE_CONFIG_MESSAGES;
  verbatim: { text: '{{text}}' };
}

export type SaidTable = keyof SaidTables;
/** A placeholder's value: a number, a text (quoted as it came) or another message. */
export type SaidValue = string | number | Said;
export type SaidParams = Record<string, SaidValue>;

/** One message: a table, an id of that table, the values of its placeholders. */
export type Said = {
  [T in SaidTable]: { in: T; id: keyof SaidTables[T] & string; params?: SaidParams };
}[SaidTable];

/** The message `id` of table `table`, with its values. */
export function said<T extends SaidTable>(
  table: T,
  id: keyof SaidTables[T] & string,
  params?: SaidParams,
): Said {
  return (params ? { in: table, id, params } : { in: table, id }) as Said;
}

/** A text already worded elsewhere (a server's, the JS engine's, another area's English), as a message. */
export function verbatim(text: string): Said {
  return { in: 'verbatim', id: 'text', params: { text } };
}

/** A request parse error (parseRequestText's `messageKey` and values) as a message. */
export function parseErrorSaid(error: {
  messageKey: keyof typeof REQUEST_TEXT_MESSAGES;
  params?: Record<string, string>;
}): Said {
  return said('requestText', error.messageKey, error.params);
}
