import { useSyncExternalStore } from 'react';
import { parseRequestText, type RequestTextError } from '../../core/request/parse-request';
import type { JsonObject } from '../../core/response/types';
import type { Result } from '../../core/result';
import { useWorkspaceStore } from './workspace-store';

/** The request text parsed once per change, shared by every control that reads it. */
export interface ParsedRequest {
  /** The text this result is for: while a large text is parsed in the worker, the one before. */
  text: string;
  result: Result<JsonObject, RequestTextError>;
}

/** Texts up to this size are parsed on the spot (well under a millisecond's worth per keystroke). */
export const SYNC_PARSE_LIMIT = 64 * 1024;

let current: ParsedRequest | undefined;
const listeners = new Set<() => void>();
let stopWatching: (() => void) | undefined;
let worker: Worker | undefined;
let workerBroken = false;
let lastId = 0;

function publish(next: ParsedRequest): void {
  current = next;
  for (const listener of listeners) listener();
}

function startWorker(): Worker | undefined {
  if (worker || workerBroken || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./parse-request.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    workerBroken = true;
    return undefined;
  }
  worker.onmessage = (e: MessageEvent<{ id: number; result: ParsedRequest['result'] }>) => {
    // Only the answer for the latest text counts; the text may have changed again meanwhile.
    const text = useWorkspaceStore.getState().requestText;
    if (e.data.id === lastId && current?.text !== text) publish({ text, result: e.data.result });
  };
  worker.onerror = () => {
    workerBroken = true;
    worker?.terminate();
    worker = undefined;
    parseText(useWorkspaceStore.getState().requestText);
  };
  return worker;
}

function parseText(text: string): void {
  if (current?.text === text) return;
  const off = text.length > SYNC_PARSE_LIMIT ? startWorker() : undefined;
  if (off) off.postMessage({ id: ++lastId, text });
  else publish({ text, result: parseRequestText(text) });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  stopWatching ??= useWorkspaceStore.subscribe((state) => parseText(state.requestText));
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      stopWatching?.();
      stopWatching = undefined;
    }
  };
}

/** The latest parse (computed on the spot the first time, and when nobody was watching). */
export function getParsedRequest(): ParsedRequest {
  const text = useWorkspaceStore.getState().requestText;
  if (current === undefined || (stopWatching === undefined && current.text !== text)) {
    current = { text, result: parseRequestText(text) };
  }
  return current;
}

/**
 * The request text parsed, shared by every control (one parse per change, not one per control);
 * large texts are parsed in a worker, so typing in a 1 MiB request never waits for the parser.
 */
export function useParsedRequest(): ParsedRequest {
  return useSyncExternalStore(subscribe, getParsedRequest);
}
