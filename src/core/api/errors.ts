import type { ErrorText, RunError } from '../response/types';
import { isObject } from '../json';
import { errorFields, type ErrorFields } from './error-fields';
import { isProxyFailureCode, PROXY_ERROR_HEADER } from './proxy-failure';

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
    const line = statusLine(status);
    error.message = title
      ? `${line}: the server sent an HTML page ("${title}")`
      : `${line}: the server sent an HTML page`;
    error.text = title
      ? { id: 'htmlPageTitled', params: { status: line, title } }
      : { id: 'htmlPage', params: { status: line } };
  } else if (raw !== '') {
    error.message = clip(raw.replace(/\s+/g, ' '));
  }
  const headerId = requestIdFrom(headers);
  if (headerId) error.requestId = headerId;
  if (headers?.has(PROXY_ERROR_HEADER)) markProxyAnswer(error, parsed);
  const hint = error.hint === undefined ? httpHint(status, error) : undefined;
  if (hint) {
    error.hint = hint.en;
    error.hintText = { id: hint.id };
  }
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
  const error: RunError = {
    kind: 'stream',
    message: 'The server reported an error.',
    text: { id: 'streamReported' },
  };
  if (isObject(frame) && frame.type === 'response.failed' && fields.message === undefined) {
    error.message = 'The response failed.';
    error.text = { id: 'responseFailed' };
  }
  apply(error, fields);
  const hint = fields.code ? codeHint(fields.code) : undefined;
  if (hint) {
    error.hint = hint.en;
    error.hintText = { id: hint.id };
  }
  error.raw = (raw ?? safeStringify(frame)).trim();
  return error;
}

function apply(error: RunError, fields: ErrorFields): void {
  if (fields.message !== undefined) {
    error.message = clip(fields.message, 2000);
    delete error.text; // the server's own words, shown as they are
  }
  if (fields.code !== undefined) error.code = fields.code;
  if (fields.type !== undefined) error.type = fields.type;
  if (fields.param !== undefined) error.param = fields.param;
  if (fields.requestId !== undefined) error.requestId = fields.requestId;
}

/** A hint: its catalogue id and the English. */
interface Hint {
  id: string;
  en: string;
}

function httpHint(status: number, error: RunError): Hint | undefined {
  if (error.message.includes('Invalid URL (POST /v1/responses)')) {
    return {
      id: 'hintNoResponsesRoute',
      en: 'This relay has no /v1/responses route (one-api, for example, does not support the Responses API).',
    };
  }
  const byCode = error.code ? codeHint(error.code) : undefined;
  if (byCode) return byCode;
  if (status === 401) return { id: 'hintCheckKey', en: 'Check the API key for this base URL.' };
  if (status === 403)
    return {
      id: 'hintForbidden',
      en: 'The key may lack access to this model or endpoint, or the relay refused the request.',
    };
  if (status === 404)
    return {
      id: 'hintNotFound',
      en: 'Check the base URL (the API root, e.g. https://api.openai.com/v1) and that the server supports /v1/responses.',
    };
  if (status === 413) return { id: 'hintTooLarge', en: 'The request body is too large for this server.' };
  if (status === 429)
    return {
      id: 'hintRateLimit',
      en: 'Rate limit or quota reached: wait and retry, or check the account’s billing.',
    };
  if (status >= 500 && error.source !== 'proxy')
    return { id: 'hintServerFailed', en: 'The server or relay failed; retrying later may help.' };
  return undefined;
}

function codeHint(code: string): Hint | undefined {
  if (code === 'previous_response_not_found') {
    return {
      id: 'hintPreviousNotFound',
      en: 'The previous response is not stored (store: false?) or belongs to another key, project or upstream.',
    };
  }
  if (code === 'invalid_api_key') return { id: 'hintCheckKey', en: 'Check the API key for this base URL.' };
  if (code === 'insufficient_quota')
    return { id: 'hintInsufficientQuota', en: 'The account is out of quota; check billing.' };
  return undefined;
}

/** What to do about each way the proxy failed to reach the upstream. */
const PROXY_FAILURE_HINTS: Record<string, string> = {
  proxy_connect_refused:
    'Check that the server is running and listening on that port, and that the port in the base URL is right.',
  proxy_dns: 'Check the spelling of the host in the base URL (and that this machine can resolve it).',
  proxy_tls: 'Check the certificate, and whether the server speaks https:// or plain http:// on that port.',
  proxy_timeout: 'The server is slow or unreachable (a firewall may drop the connection); try again later.',
  proxy_connection_reset:
    'The server or something in between dropped the connection; check the port and the protocol.',
  proxy_unreachable: 'Check the base URL, and that this machine can reach the server.',
};

/**
 * The proxy's own answer (header `x-proxy-error`): for a failure to reach the upstream, name it and
 * the likely fix, instead of treating it as the upstream's error.
 */
function markProxyAnswer(error: RunError, body: unknown): void {
  error.source = 'proxy';
  const code = error.code;
  if (!isProxyFailureCode(code)) return;
  const inner = isObject(body) && isObject(body.error) ? body.error : {};
  const target = typeof inner.target === 'string' ? inner.target : '';
  const params: ErrorText['params'] = { target, host: hostOf(target) };
  error.text = { id: code, params };
  error.hint = PROXY_FAILURE_HINTS[code];
  error.hintText = { id: `hint_${code}` };
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
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
