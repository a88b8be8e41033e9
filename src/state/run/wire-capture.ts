import type { SendRequestOptions } from '../../core/api/types';
import { maskRequest, wireResponse, type WireExchange } from '../../core/api/wire-exchange';

export type WireHooks = Pick<SendRequestOptions, 'onRequest' | 'onResponse'>;

/** Most exchanges kept per run (a stream resumed again and again). */
const MAX_EXCHANGES = 20;

/**
 * The core api's request/response hooks for one run, adding each HTTP exchange (the request, then
 * every resumed stream) to the run's list. Masked as they are captured: what the store shows never
 * holds a key. `current` is false once another run took over; `body` is the POST's (resumes are GETs).
 */
export function wireCapture(
  current: () => boolean,
  update: (change: (exchanges: WireExchange[]) => WireExchange[]) => void,
  body?: string,
): WireHooks {
  return {
    onRequest: (sent) => {
      if (!current()) return;
      const exchange = { request: maskRequest(sent, sent.method === 'POST' ? body : undefined) };
      update((list) => [...list, exchange].slice(-MAX_EXCHANGES));
    },
    onResponse: ({ status, headers }) => {
      if (!current()) return;
      const response = wireResponse(status, headers);
      update((list) => {
        const last = list[list.length - 1];
        return last ? [...list.slice(0, -1), { ...last, response }] : list;
      });
    },
  };
}
