import { RUN_ERROR_MESSAGES } from '../../core/api/run-error-messages';

/**
 * Error explanations: the ids RunError carries (`text`, `hintText`, from src/core/api/errors.ts and
 * network-error.ts) and the alert that shows them. A server's own message is never translated.
 */
export const errors = {
  alert: {
    http: 'The server answered with an error',
    network: 'The request could not reach the server',
    stream: 'The server reported an error',
    'invalid-data': 'The server sent data that could not be read',
    cut: 'The stream was cut off',
    proxyUnreached: 'No answer from the server (the local proxy could not reach it)',
    proxyRefused: 'The local proxy refused the request',
    rawAnswer: 'Raw answer',
    retry: 'Retry',
    type: 'type {{value}}',
    code: 'code {{value}}',
    param: 'param {{value}}',
    requestId: 'request id {{value}}',
  },
  text: {
    htmlPage: '{{status}}: the server sent an HTML page',
    htmlPageTitled: '{{status}}: the server sent an HTML page (“{{title}}”)',
    streamReported: 'The server reported an error.',
    responseFailed: 'The response failed.',
    unreachable:
      'Could not reach {{origin}}. The server may be offline, the URL may be wrong, or the browser blocked the request (CORS).',
    corsBlocked:
      '{{origin}} is reachable, but the browser blocked the answer: the server sends no CORS headers for this page.',
    noServer:
      'No server answered at {{origin}}: the host may be misspelt, the server offline or the port closed.',
    offline: 'This browser is offline.',
    mixedContent:
      'The browser blocked the request to {{origin}}: this page is served over https and cannot call an http:// URL (mixed content).',
    proxy_connect_refused: 'Connection refused by {{target}}: nothing is listening on that host and port.',
    proxy_dns: 'The host {{host}} could not be found (DNS).',
    proxy_tls: 'The secure (TLS) connection to {{target}} failed.',
    proxy_timeout: '{{target}} sent no answer in time: the server is slow or unreachable.',
    proxy_connection_reset: '{{target}} closed the connection before answering.',
    proxy_unreachable: 'The local proxy could not reach {{target}}.',
    hintNoResponsesRoute:
      'This relay has no /v1/responses route (one-api, for example, does not support the Responses API).',
    hintCheckKey: 'Check the API key for this base URL.',
    hintForbidden: 'The key may lack access to this model or endpoint, or the relay refused the request.',
    hintNotFound:
      'Check the base URL (the API root, e.g. https://api.openai.com/v1) and that the server supports /v1/responses.',
    hintTooLarge: 'The request body is too large for this server.',
    hintRateLimit: 'Rate limit or quota reached: wait and retry, or check the account’s billing.',
    hintServerFailed: 'The server or relay failed; retrying later may help.',
    hintPreviousNotFound:
      'The previous response is not stored (store: false?) or belongs to another key, project or upstream.',
    hintInsufficientQuota: 'The account is out of quota; check billing.',
    hintCorsProxy:
      'Check the base URL and that the server is running. Many relays send no CORS headers, and then the browser blocks every request from this page: tick “Use local proxy”, so requests go through the playground’s own server on this machine.',
    hintCorsStatic:
      'Check the base URL and that the server is running. Many relays send no CORS headers, and then the browser blocks every request from this page. Two ways out: use an endpoint that sends CORS headers for this page, or run the playground on your computer with `npm start`, whose local proxy (“Use local proxy”) sends the requests instead of the browser.',
    hintCorsBlockedProxy:
      'Tick “Use local proxy”, so requests go through the playground’s own server on this machine.',
    hintCorsBlockedStatic:
      'Use an endpoint that sends CORS headers for this page, or run the playground on your computer with `npm start`, whose local proxy (“Use local proxy”) sends the requests instead of the browser.',
    hintNoServer: 'Check the host and port in the base URL, and that the server is running.',
    hintOffline: 'Reconnect to the network and send again.',
    hintMixedContent:
      'Use an https:// base URL, or open the playground over http (e.g. the local dev server).',
    hintSetup: 'Fix the connection settings and send again.',
    hint_proxy_connect_refused:
      'Check that the server is running and listening on that port, and that the port in the base URL is right.',
    hint_proxy_dns: 'Check the spelling of the host in the base URL (and that this machine can resolve it).',
    hint_proxy_tls:
      'Check the certificate, and whether the server speaks https:// or plain http:// on that port.',
    hint_proxy_timeout:
      'The server is slow or unreachable (a firewall may drop the connection); try again later.',
    hint_proxy_connection_reset:
      'The server or something in between dropped the connection; check the port and the protocol.',
    hint_proxy_unreachable: 'Check the base URL, and that this machine can reach the server.',
    // Cut streams, invalid data, cancelling, failed resumes: written once, in the core.
    ...RUN_ERROR_MESSAGES,
  },
};
