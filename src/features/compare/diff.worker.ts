/// <reference lib="webworker" />
/** Computes answer diffs off the main thread: two long, different answers can take a while. */
import { diffAnswers } from '../../core/compare/answer-diff';

self.onmessage = (e: MessageEvent<{ id: number; a: string; b: string }>) => {
  const { id, a, b } = e.data;
  self.postMessage({ id, result: diffAnswers(a, b) });
};
