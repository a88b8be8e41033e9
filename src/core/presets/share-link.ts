import { comparisonEnvelope, readSharedComparison, type SharedComparison } from '../compare/share';
import { checkImportedText } from '../import-limits';
import { parseRequestText } from '../request/parse-request';
import { err, ok, type Result } from '../result';
import { said, verbatim, type Said } from '../said';
import { newTestId, readToolTests, toolTestsToJson } from '../tools/tool-tests/test-file';
import type { ToolTest } from '../tools/tool-tests/types';
import { boundsProblem, requestNotObject } from './deep-link';
import { checkLinkBaseUrl, invalidLink } from './link-base-url';
import { base64UrlToBytes, bytesToBase64Url } from './base64url';

/**
 * Share links: `#share=<base64url(deflate-raw(UTF-8 JSON envelope))>`.
 *
 * The envelope is `{"v":1,"request":"<the request text, exactly>","base_url":"…"}` (`base_url` only
 * when the user chose to include it). The request travels as text, not as a parsed object, so the
 * opened link sends byte for byte what the sharer had. It never holds a key: nothing but the request
 * text, the chosen base URL, the tool tests and a comparison's columns is ever put in. Version 2 adds
 * `"tests"` (the preset file's form); links without tests stay version 1, so older apps still open
 * them. A shared comparison adds `"compare":{"runs":N,"columns":[{"base_url","model","overrides"}…]}`
 * in either version (older readers ignore the field and open the request alone).
 */
export interface SharedRequest {
  requestText: string;
  baseUrl?: string;
  tests?: ToolTest[];
  /** Compare columns (base URLs, models, overrides; never keys) to open with the request. */
  compare?: SharedComparison;
}

/** The newest envelope version this app reads. */
export const SHARE_LINK_VERSION = 2;
/** Longest `share=` value read: far beyond any useful link, small enough to decode instantly. */
export const MAX_SHARE_CHARS = 1_000_000;
/** Most bytes a link may inflate to: a small link cannot become a huge allocation (zip bomb). */
export const MAX_SHARE_JSON_BYTES = 2_000_000;
/** Links above this are cut or refused by some chat apps and e-mail clients (Teams, SMS, IE-era limits). */
export const CHAT_APP_SAFE_CHARS = 2_000;
/** Links above this are refused by most chat apps and many servers' request-line limits. */
export const CHAT_APP_MAX_CHARS = 8_000;

/**
 * Builds the fragment (starting with `#share=`) for a request and, when given, a base URL.
 * Compression is the browser's own CompressionStream (`deflate-raw`), so no library is shipped.
 */
export async function encodeShareHash(shared: SharedRequest): Promise<string> {
  const withTests = Boolean(shared.tests?.length);
  const envelope: Record<string, unknown> = { v: withTests ? 2 : 1, request: shared.requestText };
  if (shared.baseUrl) envelope.base_url = shared.baseUrl;
  if (withTests && shared.tests) envelope.tests = toolTestsToJson(shared.tests);
  if (shared.compare) envelope.compare = comparisonEnvelope(shared.compare);
  const bytes = new TextEncoder().encode(JSON.stringify(envelope));
  const compressed = await collect(
    streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw')),
    Number.POSITIVE_INFINITY,
  );
  if (compressed === 'too-large') throw new Error('unreachable: no limit while compressing');
  return `#share=${bytesToBase64Url(compressed)}`;
}

/**
 * Reads a `#share=…` fragment.
 *
 * - `null`: the fragment holds no share link (it may still be a `#request=` deep link).
 * - an error: the link is broken or hostile (not base64url, corrupt or oversized data, not an
 *   envelope, a newer version, a request that is not a JSON object, a base URL that is not http(s)).
 *   The message (`link` table) is for a role=alert; nothing should be changed.
 */
export async function decodeShareHash(hash: string): Promise<Result<SharedRequest | null, Said>> {
  const raw = shareParam(hash.startsWith('#') ? hash.slice(1) : hash);
  if (raw === undefined) return ok(null);
  if (raw.length > MAX_SHARE_CHARS)
    return invalid(said('link', 'shareTooLong', { count: raw.length, max: MAX_SHARE_CHARS }));
  if (raw === '') return invalid(said('link', 'shareEmpty'));
  const bytes = base64UrlToBytes(raw.replace(/[\r\n\t ]/g, ''));
  if (!bytes) return invalid(said('link', 'dataNotBase64'));

  let inflated: Uint8Array | 'too-large';
  try {
    inflated = await collect(
      streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')),
      MAX_SHARE_JSON_BYTES,
    );
  } catch {
    return invalid(said('link', 'dataCorrupt'));
  }
  if (inflated === 'too-large')
    return invalid(said('link', 'unpacksTooLarge', { max: MAX_SHARE_JSON_BYTES }));

  let envelope: unknown;
  try {
    envelope = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch {
    return invalid(said('link', 'dataNotJson'));
  }
  return readEnvelope(envelope);
}

/** Why a link of this length may not survive being pasted into a chat app (a `link` message), or undefined. */
export function shareLinkWarning(link: string): Said | undefined {
  if (link.length > CHAT_APP_MAX_CHARS)
    return said('link', 'tooLongLink', { count: link.length, max: CHAT_APP_MAX_CHARS });
  if (link.length > CHAT_APP_SAFE_CHARS)
    return said('link', 'longLink', { count: link.length, max: CHAT_APP_SAFE_CHARS });
  return undefined;
}

/** A broken share link: `Invalid share link: <problem>`. */
function invalid(problem: Said): { ok: false; error: Said } {
  return err(invalidLink('shareLink', problem));
}

function readEnvelope(value: unknown): Result<SharedRequest, Said> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return invalid(said('link', 'notEnvelope'));
  const envelope = value as Record<string, unknown>;
  if (typeof envelope.v !== 'number' || !Number.isInteger(envelope.v))
    return invalid(said('link', 'noVersion'));
  if (envelope.v > SHARE_LINK_VERSION) return err(said('link', 'newerShareVersion', { version: envelope.v }));
  if (envelope.v < 1) return invalid(said('link', 'unknownVersion', { version: envelope.v }));
  if (typeof envelope.request !== 'string') return invalid(said('link', 'noRequest'));
  const bounded = checkImportedText(envelope.request, 'the request', { maxChars: MAX_SHARE_JSON_BYTES });
  if (!bounded.ok) return invalid(boundsProblem(bounded.error));
  const parsed = parseRequestText(envelope.request);
  if (!parsed.ok) return invalid(requestNotObject(parsed.error));
  const shared: SharedRequest = { requestText: envelope.request };
  if (envelope.tests !== undefined) {
    // The tool tests' own English (their area words them; here they stay as the core wrote them).
    const tests = readToolTests(envelope.tests, 'Invalid share link', newTestId);
    if (!tests.ok) {
      const first = tests.error[0];
      return first === undefined ? invalid(said('link', 'testsMalformed')) : err(verbatim(first));
    }
    if (tests.value.tests.length > 0) shared.tests = tests.value.tests;
  }
  if (envelope.base_url !== undefined) {
    const baseUrl = checkLinkBaseUrl(envelope.base_url, 'shareLink');
    if (!baseUrl.ok) return baseUrl;
    shared.baseUrl = baseUrl.value;
  }
  if (envelope.compare !== undefined) {
    const compare = readSharedComparison(envelope.compare);
    if (!compare.ok) return err(verbatim(compare.error));
    shared.compare = compare.value;
  }
  return ok(shared);
}

/** The raw `share=` value of a fragment (`a=b&share=…`), %-decoding tolerated; undefined if absent. */
function shareParam(fragment: string): string | undefined {
  for (const part of fragment.split('&')) {
    if (!part.startsWith('share=')) continue;
    const value = part.slice('share='.length);
    try {
      return decodeURIComponent(value);
    } catch {
      return value; // base64url never needs %-escapes; a stray "%" fails the alphabet check next
    }
  }
  return undefined;
}

function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** Reads a byte stream to the end, giving up (and cancelling it) past `limit` bytes. */
async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | 'too-large'> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
