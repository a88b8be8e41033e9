/**
 * Hostile imports (issue 12): a request nested 100 000 levels deep, through every importer, is a
 * message (for the alert), never a RangeError; so is text beyond each importer's size.
 */
import { describe, expect, it } from 'vitest';
import type { Said } from './said';
import { saidEnglish } from './said-english';
import { parseCurlCommand } from './codegen/curl-parse';
import { parseExportFile } from './history/export-file';
import { checkImportedText, IMPORT_LIMITS, tooDeepAt } from './import-limits';
import { encodeDeepLink, parseDeepLink } from './presets/deep-link';
import { parsePresetFile } from './presets/preset-import';
import { decodeShareHash, encodeShareHash } from './presets/share-link';
import { parseRequestText } from './request/parse-request';

const nested = (levels: number) => `{"input":${'['.repeat(levels)}${']'.repeat(levels)}}`;
const DEEP = nested(100_000);
const TOO_DEEP = /more than 100 levels deep/;

/** The result is a failure whose message (or first message) matches. */
function failsWith(
  result: { ok: true } | { ok: false; error: string | string[] | Said | Said[] },
  pattern: RegExp,
) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  const first = Array.isArray(result.error) ? result.error[0] : result.error;
  expect(typeof first === 'object' ? saidEnglish(first) : first).toMatch(pattern);
}

describe('tooDeepAt', () => {
  it('finds the bracket that opens one level too many, ignoring brackets in strings', () => {
    expect(tooDeepAt(nested(IMPORT_LIMITS.maxDepth - 1))).toBe(-1);
    expect(tooDeepAt(nested(IMPORT_LIMITS.maxDepth))).toBe(9 + IMPORT_LIMITS.maxDepth - 1);
    expect(tooDeepAt(`{"s":"${'['.repeat(500)}\\"${'{'.repeat(500)}"}`)).toBe(-1);
    expect(tooDeepAt('[[[', 2)).toBe(2);
  });
  it('checks size before nesting', () => {
    expect(checkImportedText('x'.repeat(11), 'The file', { maxChars: 10 })).toEqual({
      ok: false,
      error: {
        message: 'The file is too large (11 characters; at most 10).',
        kind: 'tooLarge',
        count: 11,
        max: 10,
      },
    });
    expect(checkImportedText('[[', 'The file', { json: false, maxDepth: 1 }).ok).toBe(true);
  });
});

describe('a 100 000-level request through every importer', () => {
  it('the request editor', () => {
    const result = parseRequestText(DEEP);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(TOO_DEEP);
  });

  it('a deep link', () => {
    failsWith(parseDeepLink(encodeDeepLink(DEEP)), /^Invalid link: .*levels deep/);
  });

  it('a share link', async () => {
    failsWith(
      await decodeShareHash(await encodeShareHash({ requestText: DEEP })),
      /^Invalid share link: .*levels deep/,
    );
  });

  it('a preset file', () => {
    const result = parsePresetFile(
      JSON.stringify({ presets: [{ name: 'x', request: 1 }] }).replace('1', DEEP),
    );
    failsWith(result, TOO_DEEP);
  });

  it('a history file', () => {
    const result = parseExportFile(
      `{"format":"responses-playground-history","version":1,"entries":[${DEEP}]}`,
    );
    failsWith(result, TOO_DEEP);
  });

  it('a curl command', () => {
    failsWith(parseCurlCommand(`curl https://x.test/v1/responses -d '${DEEP}'`), TOO_DEEP);
    failsWith(
      parseCurlCommand(`curl https://x.test -d '${'x'.repeat(IMPORT_LIMITS.maxChars)}'`),
      /^The command is too large/,
    );
  });
});
