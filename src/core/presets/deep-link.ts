import { checkImportedText, type ImportProblem } from '../import-limits';
import { parseRequestText, type RequestTextError } from '../request/parse-request';
import { err, ok, type Result } from '../result';
import { parseErrorSaid, said, type Said } from '../said';
import { checkLinkBaseUrl, invalidLink } from './link-base-url';
import { base64UrlToBytes, bytesToBase64Url } from './base64url';
import { minifyJson, prettyJson } from './json-text';

/** What a `#request=…&base_url=…` link asks the app to open. */
export interface DeepLink {
  /** The request, pretty-printed (2 spaces) with its literals exactly as in the link. */
  requestText: string;
  baseUrl?: string;
}

/** Longest `request=` value accepted (about 1.5 MB of JSON), far beyond a useful link. */
export const MAX_DEEP_LINK_REQUEST_CHARS = 2_000_000;

/**
 * Reads a location hash such as `#request=<base64url of UTF-8 JSON>&base_url=<URL-encoded>`.
 *
 * - `null`: the hash asks for nothing (no `request=`).
 * - an error: the link is broken; the message (`link` table) says how, for a role=alert next to the editor.
 *
 * Base64 padding is optional and the standard alphabet (`+`, `/`) is tolerated; UTF-8 is decoded
 * strictly; the JSON must be an object; `base_url` must be an http(s) URL.
 */
export function parseDeepLink(hash: string): Result<DeepLink | null, Said> {
  const params = readParams(hash.startsWith('#') ? hash.slice(1) : hash);
  if (!params.ok) return params;
  const rawRequest = params.value.get('request');
  if (rawRequest === undefined) return ok(null);

  const requestText = decodeRequest(rawRequest);
  if (!requestText.ok) return requestText;

  const rawBase = params.value.get('base_url');
  if (rawBase === undefined) return ok({ requestText: requestText.value });
  const baseUrl = checkLinkBaseUrl(rawBase, 'link');
  return baseUrl.ok ? ok({ requestText: requestText.value, baseUrl: baseUrl.value }) : baseUrl;
}

/**
 * Builds the hash (starting with `#`) that {@link parseDeepLink} reads back. Valid JSON is sent
 * without insignificant whitespace (literals untouched) to keep links short; other text is encoded
 * as is. Never pass secrets: whatever is in the text ends up in the link.
 */
export function encodeDeepLink(requestText: string, baseUrl?: string): string {
  const body = parseRequestText(requestText).ok ? minifyJson(requestText) : requestText;
  const request = `#request=${bytesToBase64Url(new TextEncoder().encode(body))}`;
  return baseUrl ? `${request}&base_url=${encodeURIComponent(baseUrl)}` : request;
}

function readParams(hash: string): Result<Map<string, string>, Said> {
  const params = new Map<string, string>();
  for (const part of hash.split('&')) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    if (params.has(key) || (key !== 'request' && key !== 'base_url')) continue;
    try {
      // Not URLSearchParams: it would turn a base64 "+" into a space.
      params.set(key, decodeURIComponent(eq < 0 ? '' : part.slice(eq + 1)));
    } catch {
      return err(invalidLink('link', said('link', 'brokenEncoding', { param: key })));
    }
  }
  return ok(params);
}

function decodeRequest(raw: string): Result<string, Said> {
  const fail = (problem: Said) => err(invalidLink('link', problem));
  if (raw.length > MAX_DEEP_LINK_REQUEST_CHARS) {
    return fail(said('link', 'requestTooLarge', { count: raw.length, max: MAX_DEEP_LINK_REQUEST_CHARS }));
  }
  // Line breaks come from wrapped links; a space is a "+" that went through form decoding.
  const b64 = raw.replace(/[\r\n\t]/g, '').replace(/ /g, '+');
  if (b64 === '') return fail(said('link', 'requestEmpty'));
  const bad = /[^A-Za-z0-9\-_+/=]/.exec(b64) ?? /=[^=]|={3}/.exec(b64);
  if (bad)
    return fail(said('link', 'requestNotBase64At', { char: bad[0].charAt(0), position: bad.index + 1 }));
  // Checked above; the standard alphabet maps onto base64url one to one.
  const bytes = base64UrlToBytes(b64.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'));
  if (!bytes) return fail(said('link', 'requestNotBase64Truncated'));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(said('link', 'requestNotUtf8'));
  }
  const bounded = checkImportedText(text, 'the request', { maxChars: MAX_DEEP_LINK_REQUEST_CHARS });
  if (!bounded.ok) return fail(boundsProblem(bounded.error));
  const parsed = parseRequestText(text);
  if (!parsed.ok) return fail(requestNotObject(parsed.error));
  // The editor gets it without the final newline that preset files end with.
  return ok(prettyJson(text).slice(0, -1));
}

/** A link's request beyond the import bounds, as a `link` fragment. */
export function boundsProblem(problem: ImportProblem): Said {
  return problem.kind === 'tooDeep'
    ? said('link', 'requestTooDeep', { max: problem.max })
    : said('link', 'requestTooLarge', { count: problem.count ?? 0, max: problem.max });
}

/** A link's request that does not parse, as a `link` fragment. */
export function requestNotObject(error: RequestTextError): Said {
  return said('link', 'requestNotObject', {
    line: error.line,
    column: error.column,
    message: parseErrorSaid(error),
  });
}
