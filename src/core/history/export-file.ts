/** The history export file: every entry with its body, versioned, never holding a key. */
import * as v from 'valibot';
import { maskUrlSecrets } from '../api/url-secrets';
import { checkImportedText } from '../import-limits';
import { err, ok, type Result } from '../result';
import { isObject } from '../json';
import { migrateBody, migrateEntry } from './migrations';
import { redactView } from './redact';
import type { HistoryEntry, HistoryRecord } from './types';
import { HISTORY_VERSION } from './types';

export const EXPORT_FORMAT = 'responses-playground-history';
/** Largest history file read (long answers add up; the nesting bound is what keeps it safe). */
export const MAX_HISTORY_FILE_CHARS = 200_000_000;

/**
 * The JSON text of an export file. Base URLs and error texts are masked once more on the way out
 * (credential-like query values), for entries recorded before history masked them.
 */
export function makeExportFile(records: readonly HistoryRecord[], now = Date.now()): string {
  return JSON.stringify({
    format: EXPORT_FORMAT,
    version: HISTORY_VERSION,
    exportedAt: new Date(now).toISOString(),
    entries: records.map(({ entry, body }) => {
      const safeEntry = { ...entry, baseUrl: maskUrlSecrets(entry.baseUrl) };
      if (!body) return { entry: safeEntry };
      return { entry: safeEntry, body: body.view ? { ...body, view: redactView(body.view, []) } : body };
    }),
  });
}

/** The outline of an export file; each record in it is read (and migrated) on its own. */
const ExportEnvelope = v.object({ format: v.literal(EXPORT_FORMAT), entries: v.array(v.unknown()) });

export interface ParsedImport {
  records: HistoryRecord[];
  /** Entries that were unreadable, or written by a newer version. */
  skipped: number;
}

/**
 * Reads an export file, migrating every record to the current version. Fails only when the file
 * is not a history export at all; single bad records are counted in `skipped`.
 */
export function parseExportFile(text: string): Result<ParsedImport, string> {
  const bounded = checkImportedText(text, 'the file', { maxChars: MAX_HISTORY_FILE_CHARS });
  if (!bounded.ok) return err(bounded.error.message);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return err(`not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const file = v.safeParse(ExportEnvelope, data);
  if (!file.success) return err('not a Responses Playground history export');
  const records: HistoryRecord[] = [];
  let skipped = 0;
  for (const raw of file.output.entries) {
    const entry = isObject(raw) ? migrateEntry(raw.entry) : undefined;
    if (!entry) {
      skipped++;
      continue;
    }
    const body = isObject(raw) ? migrateBody(raw.body) : undefined;
    records.push(body && body.id === entry.id ? { entry, body } : { entry });
  }
  return ok({ records, skipped });
}

/**
 * Merges imported records into the current entries by id: a record replaces the local one only
 * when it was updated later. Returns the records to write.
 */
export function recordsToImport(
  current: ReadonlyMap<string, HistoryEntry>,
  incoming: readonly HistoryRecord[],
): HistoryRecord[] {
  return incoming.filter(({ entry }) => {
    const local = current.get(entry.id);
    return !local || entry.updatedAt > local.updatedAt;
  });
}
