export {
  createSseDecoder,
  type SseDecoder,
  type SseEnd,
  type SseHandlers,
  type SseMessage,
} from './sse-decoder';
