import { useEffect, useState } from 'react';
import { diffAnswers, type AnswerDiff } from '../../core/compare';

let worker: Worker | undefined;
let broken = false;
let nextId = 0;
const pending = new Map<number, (diff: AnswerDiff) => void>();

function getWorker(): Worker | undefined {
  if (worker || broken || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./diff.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    broken = true;
    return undefined;
  }
  worker.onmessage = (e: MessageEvent<{ id: number; result: AnswerDiff }>) => {
    pending.get(e.data.id)?.(e.data.result);
    pending.delete(e.data.id);
  };
  return worker;
}

/** The diff of two answers, from the worker (or in the page where workers cannot start). */
function computeDiff(a: string, b: string): Promise<AnswerDiff> {
  const w = getWorker();
  if (!w) return Promise.resolve(diffAnswers(a, b));
  const id = ++nextId;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    w.postMessage({ id, a, b });
  });
}

/** The diff of two answers; undefined while it is computed or when either is missing. */
export function useAnswerDiff(a: string | undefined, b: string | undefined): AnswerDiff | undefined {
  const key = a === undefined || b === undefined ? undefined : `${a.length}:${a}\u0000${b}`;
  const [state, setState] = useState<{ key: string; diff: AnswerDiff } | undefined>();
  useEffect(() => {
    if (key === undefined || a === undefined || b === undefined) return;
    let live = true;
    void computeDiff(a, b).then((diff) => {
      if (live) setState({ key, diff });
    });
    return () => {
      live = false;
    };
    // `key` stands for both texts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state !== undefined && state.key === key ? state.diff : undefined;
}
