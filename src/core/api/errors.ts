import type { RunError } from '../response/types';
import { isObject } from '../json';
import { errorFields, type ErrorFields } from './error-fields';

/** Cap on `raw`, so a huge error page does not sit in the view and history. */
const RAW_LIMIT = 64 * 1024;
const MESSAGE_LIMIT = 300;
const REQUEST_ID_HEADERS = ['x-request-id', 'openai-request-id', 'request-id'];

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  520: 'Web Server Returned an Unknown Error',
  521: 'Web Server Is Down',
  522: 'Connection Timed Out',
  523: 'Origin Is Unreachable',
  524: 'A Timeout Occurred',
};

/** `HTTP 502 Bad Gateway` */
export function statusLine(status: number): string {
  const text = STATUS_TEXT[status];
  return text ? `HTTP ${status} ${text}` : `HTTP ${status}`;
}

/** The request id from the response headers, when the server exposes one (CORS may hide it). */
export function requestIdFrom(headers: Headers | undefined): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers?.get(name)?.trim();
    if (value) return value;
  }
  return undefined;
}

/**
 * Normalises a non-2xx answer from OpenAI or a relay (see error-fields.ts) into a RunError of kind `http`.
 * JSON bodies give message/code/type/param (LiteLLM's `"None"` dropped, numeric codes as strings, a
 * new-api `(request id: …)` suffix moved to `requestId`). HTML pages are summarised by their title,
 * never shown raw as the message. Plain text (`404 page not found`) is the message. The trimmed body
 * is kept in `raw`.
 *
 * @param status the HTTP status
 * @param bodyText the body as text (may be empty)
 * @param headers the response headers, for the request id
 */
export function normalizeHttpError(status: number, bodyText: string, headers?: Headers): RunError {
  const raw = bodyText.trim();
  const error: RunError = { kind: 'http', status, message: statusLine(status) };
  const parsed = parseJson(raw);
  if (parsed !== undefined) {
    apply(error, errorFields(parsed));
  } else if (looksLikeHtml(raw)) {
    const title = htmlTitle(raw);
    error.message = title
      ? `${statusLine(status)}: the server sent an HTML page ("${title}")`
      : `${statusLine(status)}: the server sent an HTML page`;
  } else if (raw !== '') {
    error.message = clip(raw.replace(/\s+/g, ' '));
  }
  const headerId = requestIdFrom(headers);
  if (headerId) error.requestId = headerId;
  const hint = httpHint(status, error);
  if (hint) error.hint = hint;
  if (raw !== '') error.raw = raw.length > RAW_LIMIT ? `${raw.slice(0, RAW_LIMIT)}…` : raw;
  return error;
}

/**
 * Normalises an error that arrived inside a 2xx answer into a RunError of kind `stream`: a
 * `{"error":{…}}` frame (chat-style relays, older LiteLLM), a flat or nested `type:"error"` event,
 * a `response.failed` event (its `response.error`), or a JSON body holding an error.
 *
 * @param frame the parsed frame or body
 * @param raw the frame as received, for the details view (defaults to the frame serialised)
 */
export function normalizeStreamError(frame: unknown, raw?: string): RunError {
  const fields = errorFields(frame);
  const error: RunError = { kind: 'stream', message: 'The server reported an error.' };
  if (isObject(frame) && frame.type === 'response.failed' && fields.message === undefined) {
    error.message = 'The response failed.';
  }
  apply(error, fields);
  const hint = fields.code ? codeHint(fields.code) : undefined;
  if (hint) error.hint = hint;
  error.raw = (raw ?? safeStringify(frame)).trim();
  return error;
}

function apply(error: RunError, fields: ErrorFields): void {
  if (fields.message !== undefined) error.message = clip(fields.message, 2000);
  if (fields.code !== undefined) error.code = fields.code;
  if (fields.type !== undefined) error.type = fields.type;
  if (fields.param !== undefined) error.param = fields.param;
  if (fields.requestId !== undefined) error.requestId = fields.requestId;
}

function httpHint(status: number, error: RunError): string | undefined {
  if (error.message.includes('Invalid URL (POST /v1/responses)')) {
    return 'This relay has no /v1/responses route (one-api, for example, does not support the Responses API).';
  }
  const byCode = error.code ? codeHint(error.code) : undefined;
  if (byCode) return byCode;
  if (status === 401) return 'Check the API key for this base URL.';
  if (status === 403)
    return 'The key may lack access to this model or endpoint, or the relay refused the request.';
  if (status === 404)
    return 'Check the base URL (the API root, e.g. https://api.openai.com/v1) and that the server supports /v1/responses.';
  if (status === 413) return 'The request body is too large for this server.';
  if (status === 429) return 'Rate limit or quota reached: wait and retry, or check the account’s billing.';
  if (status >= 500) return 'The server or relay failed; retrying later may help.';
  return undefined;
}

function codeHint(code: string): string | undefined {
  if (code === 'previous_response_not_found') {
    return 'The previous response is not stored (store: false?) or belongs to another key, project or upstream.';
  }
  if (code === 'invalid_api_key') return 'Check the API key for this base URL.';
  if (code === 'insufficient_quota') return 'The account is out of quota; check billing.';
  return undefined;
}

function parseJson(text: string): unknown {
  const first = text.charCodeAt(0);
  if (first !== 123 && first !== 91) return undefined; // only objects and arrays are error bodies
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** True for an HTML page (nginx, Cloudflare, a login portal). */
export function looksLikeHtml(text: string): boolean {
  return (
    text.startsWith('<') && /<(?:!doctype html|html|head|body|title|h1|center)\b/i.test(text.slice(0, 2048))
  );
}

/** The page's <title> (or first <h1>), with tags and basic entities removed. */
export function htmlTitle(html: string): string | undefined {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html) ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  const inner = match?.[1];
  if (!inner) return undefined;
  const title = inner
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, entity: string) => ENTITIES[entity] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return title === '' ? undefined : clip(title, 150);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

function clip(text: string, limit = MESSAGE_LIMIT): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
