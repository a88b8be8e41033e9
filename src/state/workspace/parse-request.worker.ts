/// <reference lib="webworker" />
// Parses large request texts off the main thread (see request-parse.ts).
import { parseRequestText } from '../../core/request/parse-request';

self.onmessage = (e: MessageEvent<{ id: number; text: string }>) => {
  self.postMessage({ id: e.data.id, result: parseRequestText(e.data.text) });
};
