/**
 * Reading the fields of the error objects OpenAI and relays send (OpenAI's `{error:{message,type,
 * param,code}}`, new-api's message with a request-id suffix, LiteLLM's `"None"` strings and numeric
 * codes, flat `{type:"error",…}` frames). Shared by the HTTP and the stream normalisers.
 */
import { isObject } from '../json';

/** The error fields we show, cleaned of relay placeholders. */
export interface ErrorFields {
  message?: string;
  code?: string;
  type?: string;
  param?: string;
  requestId?: string;
}

type Obj = Record<string, unknown>;

/** new-api and one-api append ` (request id: X)` to messages; their request-id header is not exposed. */
const REQUEST_ID_SUFFIX = /\s*[(（]request id: ?([^)）]+)[)）]\s*$/i;

/**
 * Finds the error object in a parsed body or frame, in this order: the `error` key (object or
 * string); else the body itself when its `type` is `error`; else `response.error` (a `response.failed`
 * payload); else a bare `{message}` / `{detail}` object (FastAPI, ad-hoc relays).
 */
export function findErrorObject(body: unknown): Obj | undefined {
  if (!isObject(body)) return undefined;
  const { error } = body;
  if (isObject(error)) return error;
  if (typeof error === 'string' && error !== '') return { message: error };
  if (body.type === 'error') return body;
  const response = body.response;
  if (isObject(response) && isObject(response.error)) return response.error;
  if (typeof body.message === 'string') return body;
  if (typeof body.detail === 'string') return { message: body.detail };
  if (isObject(body.detail)) return body.detail;
  return undefined;
}

/** The error fields of a parsed body or frame, or an empty object when it holds no error. */
export function errorFields(body: unknown): ErrorFields {
  const source = findErrorObject(body);
  if (!source) return {};
  const fields: ErrorFields = {};
  let message = text(source.message) ?? text(source.msg);
  if (message !== undefined) {
    const match = REQUEST_ID_SUFFIX.exec(message);
    if (match?.[1]) {
      fields.requestId = match[1].trim();
      message = message.slice(0, match.index);
    }
    fields.message = message;
  }
  const code = text(source.code);
  const type = text(source.type);
  const param = text(source.param);
  if (code !== undefined) fields.code = code;
  if (type !== undefined && type !== 'error') fields.type = type;
  if (param !== undefined) fields.param = param;
  return fields;
}

/** A displayable string: numbers become strings; null, "", and LiteLLM's "None" become undefined. */
function text(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' || trimmed === 'None' || trimmed === 'null' ? undefined : trimmed;
}
