import type { Said, SaidTable } from '../core/said';
import i18n from 'i18next';

/** Where each table of the core's messages lives in the catalogues (the English entries are the tables). */
const CATALOGUE_KEY: Record<Exclude<SaidTable, 'verbatim'>, string> = {
  baseUrl: 'common:baseUrlProblem',
  codeRequest: 'code:problem',
  curl: 'presets:curlProblem',
  link: 'presets:linkProblem',
  presetFile: 'presets:fileProblem',
  requestText: 'editor:parse',
  siteConfig: 'hosting:configProblem',
};

/**
 * A core message (src/core/said.ts) in the UI language, its values filled in; values that are
 * messages themselves are worded first. A `verbatim` text (a server's, the JS engine's) stays as it came.
 */
export function saidText(message: Said): string {
  if (message.in === 'verbatim') {
    const text = message.params?.text;
    return typeof text === 'object' ? saidText(text) : String(text ?? '');
  }
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params ?? {}))
    values[name] = typeof value === 'object' ? saidText(value) : value;
  // The key is data from the core; the typed t() cannot follow it (an unknown id shows the key).
  return i18n.t(`${CATALOGUE_KEY[message.in]}.${message.id}` as 'common:close', values);
}
