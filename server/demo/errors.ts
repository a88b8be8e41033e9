/**
 * OpenAI-shaped errors: `{"error": {message, type, param, code}}` with the HTTP status the real API
 * uses, plus the error models (`demo-error-429` …) that let anyone try the app's error handling.
 */

export interface ApiErrorBody {
  message: string;
  type: string;
  param: string | null;
  code: string | null;
}

/**
 * What a page may read of an answer. No `Access-Control-Allow-Origin`: the demo serves the app's own
 * page, same-origin; the Node mount (server/demo-mount.ts) adds it for that origin only.
 */
export const CORS_HEADERS: Record<string, string> = {
  'access-control-expose-headers':
    'x-request-id, openai-processing-ms, retry-after, x-ratelimit-limit-requests, x-ratelimit-remaining-requests, x-ratelimit-reset-requests',
};

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body, null, 2), {
    status,
    headers: { 'content-type': 'application/json', ...CORS_HEADERS, ...headers },
  });
}

export function errorResponse(
  status: number,
  error: ApiErrorBody,
  headers: Record<string, string> = {},
): Response {
  return jsonResponse(status, { error }, headers);
}

export function invalidRequest(
  message: string,
  param: string | null = null,
  code: string | null = null,
): Response {
  return errorResponse(400, { message, type: 'invalid_request_error', param, code });
}

export const INVALID_JSON_MESSAGE =
  "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have trouble figuring out how to fix this, please contact us through our help center at help.openai.com.)";

export function notFound(method: string, path: string): Response {
  return errorResponse(404, {
    message: `Invalid URL (${method} ${path})`,
    type: 'invalid_request_error',
    param: null,
    code: null,
  });
}

export function previousNotFound(id: string): Response {
  return invalidRequest(
    `Previous response with id '${id}' not found.`,
    'previous_response_id',
    'previous_response_not_found',
  );
}

/** The HTTP error a `demo-error-*` model answers with, before any streaming; undefined otherwise. */
export function modelError(model: string, authorization: string | null): Response | undefined {
  switch (model) {
    case 'demo-error-401': {
      const key = (authorization ?? '').replace(/^Bearer\s+/i, '') || 'sk-demo';
      const masked =
        key.length > 8
          ? `${key.slice(0, 3)}${'*'.repeat(Math.min(key.length - 7, 40))}${key.slice(-4)}`
          : `${key.slice(0, 3)}***`;
      return errorResponse(401, {
        message: `Incorrect API key provided: ${masked}. You can find your API key at https://platform.openai.com/account/api-keys.`,
        type: 'invalid_request_error',
        param: null,
        code: 'invalid_api_key',
      });
    }
    case 'demo-error-429':
      return errorResponse(
        429,
        {
          message:
            'Rate limit reached for demo-error-429 in organization org-demo on tokens per min (TPM): Limit 30000, Used 30000, Requested 1234. Please try again in 2.468s. Visit https://platform.openai.com/account/rate-limits to learn more.',
          type: 'tokens',
          param: null,
          code: 'rate_limit_exceeded',
        },
        {
          'retry-after': '3',
          'x-ratelimit-limit-requests': '500',
          'x-ratelimit-remaining-requests': '0',
          'x-ratelimit-reset-requests': '2.468s',
        },
      );
    case 'demo-error-500':
      return errorResponse(500, {
        message: 'The server had an error while processing your request. Sorry about that!',
        type: 'server_error',
        param: null,
        code: null,
      });
    default:
      return undefined;
  }
}

export const STREAM_ERROR_MESSAGE =
  'The server had an error processing your request. Sorry about that! You can retry your request, or contact us through our help center at help.openai.com if you keep seeing this error.';
