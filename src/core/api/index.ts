/**
 * The API client: URL joining, headers, the streaming POST and its resumption, the rest of the
 * Responses API (retrieve, cancel, delete, input items, token counts, compaction), conversations, the
 * model list and error normalisation.
 */
export type { Endpoint, SendRequestOptions } from './types';
export { endpointUrl } from './endpoint-url';
export { buildHeaders, headerProblem } from './headers';
export { normalizeHttpError, normalizeStreamError, requestIdFrom, statusLine } from './errors';
export { sendResponsesRequest } from './send-request';
export { listModels } from './list-models';
export { normalizeTarget, PROXY_BASE_PATH, PROXY_TARGET_HEADER, routeEndpoint } from './route';
export { resumeResponseStream } from './send-request';
export { followResponse, runResponse, type RunResponseOptions } from './run-response';
export type { ResumeStreamOptions } from './types';
export { CANCELLED, isUnsupported, requestJson, type JsonCall } from './request-json';
export {
  cancelResponse,
  compactConversation,
  countInputTokens,
  deleteResponse,
  listInputItems,
  retrieveResponse,
  type CallOptions,
  type Compacted,
  type ItemPage,
  type PageQuery,
  type ResponseObject,
} from './responses-api';
export {
  addConversationItems,
  createConversation,
  deleteConversation,
  listConversationItems,
  retrieveConversation,
  type ConversationObject,
} from './conversations';
