import { describe, expect, it } from 'vitest';
import { normalizeHttpError, normalizeStreamError } from './errors';

const cloudflare502 = `<!DOCTYPE html>
<!--[if lt IE 7]> <html class="no-js ie6 oldie" lang="en-US"> <![endif]-->
<html lang="en-US">
<head>
<title>api.example.com | 502: Bad gateway</title>
<meta charset="UTF-8" />
<style>body{font-family:sans-serif}</style>
</head>
<body><div id="cf-wrapper"><h1>Bad gateway <span>Error code 502</span></h1><p>Visit cloudflare.com for more information.</p></div></body>
</html>`;

const nginx504 =
  '<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 Gateway Time-out</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

describe('normalizeHttpError', () => {
  it('OpenAI 401', () => {
    const body =
      '{"error":{"message":"Incorrect API key provided: sk-abc***.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}';
    const headers = new Headers({ 'x-request-id': 'req_123' });
    expect(normalizeHttpError(401, body, headers)).toEqual({
      kind: 'http',
      status: 401,
      message: 'Incorrect API key provided: sk-abc***.',
      type: 'invalid_request_error',
      code: 'invalid_api_key',
      requestId: 'req_123',
      hint: 'Check the API key for this base URL.',
      hintText: { id: 'hintCheckKey' },
      raw: body,
    });
  });

  it('OpenAI 400 previous_response_not_found', () => {
    const body = JSON.stringify({
      error: {
        message: "Previous response with id 'resp_1' not found.",
        type: 'invalid_request_error',
        param: 'previous_response_id',
        code: 'previous_response_not_found',
      },
    });
    const error = normalizeHttpError(400, body, new Headers({ 'openai-request-id': 'r2' }));
    expect(error).toMatchObject({
      param: 'previous_response_id',
      code: 'previous_response_not_found',
      requestId: 'r2',
    });
    expect(error.hint).toMatch(/not stored/);
  });

  it('new-api relay error with a request id suffix', () => {
    const body =
      '{"error":{"message":"Invalid token (request id: 20250601123456789abc)","type":"new_api_error","param":"","code":"invalid_token"}}';
    expect(normalizeHttpError(401, body)).toMatchObject({
      kind: 'http',
      status: 401,
      message: 'Invalid token',
      type: 'new_api_error',
      code: 'invalid_token',
      requestId: '20250601123456789abc',
    });
    expect(normalizeHttpError(401, body).param).toBeUndefined();
  });

  it('new-api middleware error (no param, empty code)', () => {
    const body =
      '{"error":{"code":"","message":"This channel has been disabled (request id: B20250101)","type":"new_api_error"}}';
    const error = normalizeHttpError(403, body);
    expect(error).toMatchObject({
      message: 'This channel has been disabled',
      type: 'new_api_error',
      requestId: 'B20250101',
    });
    expect(error.code).toBeUndefined();
  });

  it('new-api upstream error with a numeric code; the header id wins over the suffix', () => {
    const body =
      '{"error":{"message":"upstream overloaded (request id: abc)","type":"upstream_error","param":"","code":503}}';
    expect(normalizeHttpError(503, body, new Headers({ 'request-id': 'hdr' }))).toMatchObject({
      code: '503',
      requestId: 'hdr',
    });
  });

  it('one-api 404 for /v1/responses', () => {
    const body =
      '{"error":{"message":"Invalid URL (POST /v1/responses)","type":"invalid_request_error","param":"","code":""}}';
    const error = normalizeHttpError(404, body);
    expect(error).toMatchObject({
      message: 'Invalid URL (POST /v1/responses)',
      type: 'invalid_request_error',
    });
    expect(error.code).toBeUndefined();
    expect(error.hint).toMatch(/no \/v1\/responses route/);
  });

  it('one-api error with request id', () => {
    const body =
      '{"error":{"message":"当前分组上游负载已饱和，请稍后再试 (request id: 2024x)","type":"one_api_error","param":"","code":null}}';
    expect(normalizeHttpError(429, body)).toMatchObject({
      message: '当前分组上游负载已饱和，请稍后再试',
      type: 'one_api_error',
      requestId: '2024x',
    });
  });

  it('LiteLLM string codes and "None"', () => {
    const body =
      '{"error":{"message":"Authentication Error, No api key passed in.","type":"auth_error","param":"None","code":"401"}}';
    const error = normalizeHttpError(401, body);
    expect(error).toMatchObject({
      message: 'Authentication Error, No api key passed in.',
      type: 'auth_error',
      code: '401',
    });
    expect(error.param).toBeUndefined();
    const typeNone = normalizeHttpError(
      500,
      '{"error":{"message":"litellm.X: boom","type":"None","param":null,"code":"500"}}',
    );
    expect(typeNone.type).toBeUndefined();
    expect(typeNone.message).toBe('litellm.X: boom');
  });

  it('plain text: Go mux 404', () => {
    expect(normalizeHttpError(404, '404 page not found\n')).toEqual({
      kind: 'http',
      status: 404,
      message: '404 page not found',
      hint: 'Check the base URL (the API root, e.g. https://api.openai.com/v1) and that the server supports /v1/responses.',
      hintText: { id: 'hintNotFound' },
      raw: '404 page not found',
    });
  });

  it('Cloudflare HTML 502: readable message, raw kept', () => {
    const error = normalizeHttpError(502, cloudflare502);
    expect(error.message).toBe(
      'HTTP 502 Bad Gateway: the server sent an HTML page ("api.example.com | 502: Bad gateway")',
    );
    expect(error.message).not.toContain('<');
    expect(error.raw).toBe(cloudflare502.trim());
    expect(error.hint).toMatch(/retry/);
  });

  it('nginx HTML 504', () => {
    expect(normalizeHttpError(504, nginx504).message).toBe(
      'HTTP 504 Gateway Timeout: the server sent an HTML page ("504 Gateway Time-out")',
    );
  });

  it('HTML without a title falls back to the first h1, entities decoded', () => {
    expect(normalizeHttpError(503, '<html><body><h1>Down &amp; out</h1></body></html>').message).toMatch(
      /\("Down & out"\)/,
    );
    expect(normalizeHttpError(503, '<html><body>nothing</body></html>').message).toBe(
      'HTTP 503 Service Unavailable: the server sent an HTML page',
    );
  });

  it('empty body and JSON without an error object', () => {
    expect(normalizeHttpError(500, '')).toEqual({
      kind: 'http',
      status: 500,
      message: 'HTTP 500 Internal Server Error',
      hint: 'The server or relay failed; retrying later may help.',
      hintText: { id: 'hintServerFailed' },
    });
    expect(normalizeHttpError(418, '{"ok":false}')).toMatchObject({
      message: 'HTTP 418',
      raw: '{"ok":false}',
    });
  });

  it('other shapes: {detail}, {message}, error as a string', () => {
    expect(normalizeHttpError(404, '{"detail":"Not Found"}').message).toBe('Not Found');
    expect(normalizeHttpError(400, '{"message":"bad model","code":42}')).toMatchObject({
      message: 'bad model',
      code: '42',
    });
    expect(normalizeHttpError(400, '{"error":"model not found"}').message).toBe('model not found');
  });

  it('clips a long text body in the message but keeps it in raw', () => {
    const text = 'x'.repeat(1000);
    const error = normalizeHttpError(500, text);
    expect(error.message.length).toBeLessThanOrEqual(301);
    expect(error.raw).toBe(text);
  });
});

describe('normalizeStreamError', () => {
  it('{"error":{…}} frame (LiteLLM before #40243)', () => {
    const frame = {
      error: { message: 'litellm.InternalServerError: boom', type: 'None', param: 'None', code: '500' },
    };
    expect(normalizeStreamError(frame, ' {"error":…} ')).toEqual({
      kind: 'stream',
      message: 'litellm.InternalServerError: boom',
      code: '500',
      raw: '{"error":…}',
    });
  });

  it('documented flat error event', () => {
    const frame = {
      type: 'error',
      code: 'server_error',
      message: 'Something broke',
      param: null,
      sequence_number: 4,
    };
    const error = normalizeStreamError(frame);
    expect(error).toMatchObject({ kind: 'stream', message: 'Something broke', code: 'server_error' });
    expect(error.type).toBeUndefined(); // "error" is the event type, not the error's
    expect(error.raw).toBe(JSON.stringify(frame));
  });

  it('observed nested error event', () => {
    const frame = {
      type: 'error',
      sequence_number: 2,
      error: {
        type: 'invalid_request_error',
        code: 'context_length_exceeded',
        message: 'Too long',
        param: 'input',
      },
    };
    expect(normalizeStreamError(frame)).toMatchObject({
      message: 'Too long',
      code: 'context_length_exceeded',
      type: 'invalid_request_error',
      param: 'input',
    });
  });

  it('response.failed payload', () => {
    const frame = {
      type: 'response.failed',
      sequence_number: 9,
      response: {
        id: 'resp_1',
        status: 'failed',
        error: { code: 'rate_limit_exceeded', message: 'Slow down' },
      },
    };
    expect(normalizeStreamError(frame)).toMatchObject({
      kind: 'stream',
      message: 'Slow down',
      code: 'rate_limit_exceeded',
    });
  });

  it('response.failed without an error object', () => {
    expect(
      normalizeStreamError({ type: 'response.failed', response: { status: 'failed', error: null } }).message,
    ).toBe('The response failed.');
  });

  it('new-api request id suffix inside a stream error', () => {
    expect(
      normalizeStreamError({ error: { message: 'upstream error (request id: R1)', type: 'upstream_error' } }),
    ).toMatchObject({
      message: 'upstream error',
      requestId: 'R1',
      type: 'upstream_error',
    });
  });
});

describe('normalizeHttpError: the local proxy’s own answers', () => {
  const proxied = (status: number, code: string, target = 'http://127.0.0.1:9') =>
    normalizeHttpError(
      status,
      JSON.stringify({
        error: { message: 'English from the proxy', type: 'proxy_error', param: null, code, target },
      }),
      new Headers({ 'x-proxy-error': code }),
    );

  it('names a refused port, never as the server’s answer, with the likely fix', () => {
    const error = proxied(502, 'proxy_connect_refused');
    expect(error).toMatchObject({
      kind: 'http',
      status: 502,
      source: 'proxy',
      code: 'proxy_connect_refused',
      text: { id: 'proxy_connect_refused', params: { target: 'http://127.0.0.1:9', host: '127.0.0.1:9' } },
      hintText: { id: 'hint_proxy_connect_refused' },
    });
    expect(error.hint).toMatch(/running.*port/);
    expect(error.hint).not.toMatch(/retrying later/);
  });

  it.each([
    [502, 'proxy_dns', /spelling/],
    [502, 'proxy_tls', /certificate.*https/],
    [504, 'proxy_timeout', /slow or unreachable/],
  ])('%i %s', (status, code, hint) => {
    const error = proxied(status, code);
    expect(error.text?.id).toBe(code);
    expect(error.hint).toMatch(hint);
  });

  it('other refusals of the proxy keep their message, marked as the proxy’s', () => {
    const error = proxied(403, 'forbidden');
    expect(error).toMatchObject({ source: 'proxy', message: 'English from the proxy' });
    expect(error.text).toBeUndefined();
  });

  it('the same body without the header is the upstream’s', () => {
    const error = normalizeHttpError(502, '{"error":{"message":"m","code":"proxy_dns"}}');
    expect(error.source).toBeUndefined();
  });
});
