import { i18n, saidText } from '../../i18n';
import { parseCurlCommand } from '../../core/codegen/curl-parse';
import type { Result } from '../../core/result';
import type { Said } from '../../core/said';
import { ok } from '../../core/result';
import { selectProfileFor, useConnectionStore, type HeaderRow } from '../../state/connection';
import { replaceRequest } from './replace-request';

/**
 * Applies a pasted curl command: its body to the editor, its base URL (switching to the profile of
 * that URL's scope, as links do, or a new one), its headers merged into that profile's (same names
 * replaced, others kept), and its key to that profile for that base URL. Undo (the notice) restores
 * all of it. Fails with the parser's message (a `curl` message), changing nothing.
 */
export function importCurl(command: string): Result<void, Said> {
  const result = parseCurlCommand(command);
  if (!result.ok) return result;
  const { baseUrl, apiKey, headers, bodyText, warnings } = result.value;
  const connection = useConnectionStore.getState();
  const notes = warnings.map(saidText);
  if (apiKey) notes.push(i18n.t('presets:curl.keyNote'));
  if (headers.length > 0)
    notes.push(i18n.t('presets:curl.headersNote', { names: headers.map((h) => h.name).join(', ') }));
  const target = baseUrl === undefined ? connection : selectProfileFor(connection, baseUrl);
  replaceRequest({
    title: i18n.t('presets:curl.importedTitle'),
    requestText: bodyText,
    baseUrl,
    ...(headers.length > 0 ? { headers: mergeHeaders(target?.headers ?? [], headers) } : {}),
    ...(apiKey ? { apiKey } : {}),
    notes,
  });
  return ok(undefined);
}

/** `existing` with `added` applied: same names (any case) replaced, new ones appended. */
export function mergeHeaders(existing: readonly HeaderRow[], added: readonly HeaderRow[]): HeaderRow[] {
  const names = new Set(added.map((h) => h.name.toLowerCase()));
  return [...existing.filter((h) => !names.has(h.name.toLowerCase())), ...added];
}
