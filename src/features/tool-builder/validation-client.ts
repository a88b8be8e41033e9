import { useEffect, useState } from 'react';
import { i18n } from '../../i18n';
import type { CheckResult } from '../../core/tools/validate';

/** A check result, or why the check could not run. */
export type CheckView = CheckResult | { status: 'unavailable'; message: string };

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, (r: CheckView) => void>();

function failAll(message: string) {
  for (const resolve of pending.values()) resolve({ status: 'unavailable', message });
  pending.clear();
}

function getWorker(): Worker | undefined {
  if (worker) return worker;
  if (typeof Worker === 'undefined') return undefined;
  try {
    worker = new Worker(new URL('./validation.worker.ts', import.meta.url), { type: 'module' });
  } catch (e) {
    failAll(e instanceof Error ? e.message : String(e));
    return undefined;
  }
  worker.onmessage = (e: MessageEvent<{ id: number; result: CheckResult }>) => {
    pending.get(e.data.id)?.(e.data.result);
    pending.delete(e.data.id);
  };
  worker.onerror = (e) => {
    failAll(e.message || i18n.t('tools:check.noValidator'));
    worker?.terminate();
    worker = undefined;
  };
  return worker;
}

/** Parses `text` as JSON and validates it against `schema` with Ajv, in the validation worker. */
export function checkJsonText(schema: unknown, text: string): Promise<CheckView> {
  const w = getWorker();
  if (!w) return Promise.resolve({ status: 'unavailable', message: i18n.t('tools:check.noWorkers') });
  const id = ++nextId;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    w.postMessage({ id, schema, text });
  });
}

/** The check of `text` against `schema`; undefined while it runs or when `schema` is undefined. */
export function useJsonCheck(schema: unknown, text: string | undefined): CheckView | undefined {
  const key = schema === undefined || text === undefined ? undefined : JSON.stringify([schema, text]);
  const [state, setState] = useState<{ key: string; result: CheckView } | undefined>();
  useEffect(() => {
    if (key === undefined || text === undefined) return;
    let live = true;
    void checkJsonText(schema, text).then((result) => {
      if (live) setState({ key, result });
    });
    return () => {
      live = false;
    };
    // `key` stands for schema and text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state !== undefined && state.key === key ? state.result : undefined;
}
