import { BASE_URL_MESSAGES } from './api/base-url-messages';
import { CODE_REQUEST_MESSAGES } from './codegen/code-request-messages';
import { CURL_MESSAGES } from './codegen/curl-messages';
import { SITE_CONFIG_MESSAGES } from './hosting/site-config-messages';
import { LINK_MESSAGES } from './presets/link-messages';
import { PRESET_FILE_MESSAGES } from './presets/preset-file-messages';
import { REQUEST_TEXT_MESSAGES } from './request/parse-messages';
import type { Said, SaidTables } from './said';

/** Every table of messages by name (the English of each message id). */
export const SAID_TABLES: SaidTables = {
  baseUrl: BASE_URL_MESSAGES,
  codeRequest: CODE_REQUEST_MESSAGES,
  curl: CURL_MESSAGES,
  link: LINK_MESSAGES,
  presetFile: PRESET_FILE_MESSAGES,
  requestText: REQUEST_TEXT_MESSAGES,
  siteConfig: SITE_CONFIG_MESSAGES,
  verbatim: { text: '{{text}}' },
};

/**
 * A message in English, its placeholders filled (messages among the values in English too): for
 * Node, the CLI, logs and tests. The page words the same message in its language instead.
 */
export function saidEnglish(message: Said): string {
  const template = (SAID_TABLES[message.in] as Record<string, string>)[message.id] ?? message.id;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = message.params?.[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? saidEnglish(value) : String(value);
  });
}
