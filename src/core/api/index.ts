/** The API client: URL joining, headers, the streaming POST, the model list and error normalisation. */
export type { Endpoint, SendRequestOptions } from './types';
export { endpointUrl } from './endpoint-url';
export { buildHeaders, headerProblem } from './headers';
export { normalizeHttpError, normalizeStreamError, requestIdFrom, statusLine } from './errors';
export { sendResponsesRequest } from './send-request';
export { listModels } from './list-models';
export { normalizeTarget, PROXY_BASE_PATH, PROXY_TARGET_HEADER, routeEndpoint } from './route';
