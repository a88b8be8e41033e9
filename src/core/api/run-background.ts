/**
 * What the background-aware runner does besides reading streams: polling a background response
 * answered as JSON until it settles, and asking the server to cancel one after Stop.
 */
import { noticed } from '../response/notice-messages';
import type { Notice, RunAction } from '../response/types';
import { isUnsupported } from './request-json';
import { cancelResponse, retrieveResponse } from './responses-api';
import type { RunTracker } from './run-tracker';
import type { RunResponseOptions } from './run-response';
import { hinted, said } from './run-error-messages';

const POLL_FIRST_MS = 500;
const POLL_MAX_MS = 5000;
/** Network failures in a row tolerated while polling. */
const POLL_RETRIES = 3;
const CANCEL_TIMEOUT_MS = 15_000;

type Pass = (action: RunAction) => void;

/** Polls `GET /v1/responses/{id}` with back-off until the response settles. */
export async function poll(
  opts: RunResponseOptions,
  id: string,
  sleep: NonNullable<RunResponseOptions['sleep']>,
  pass: Pass,
  now: () => number,
): Promise<'settled' | 'aborted' | 'failed'> {
  let delay = POLL_FIRST_MS;
  let failures = 0;
  for (let i = 0; i < (opts.maxPolls ?? 1000); i++) {
    if (!(await sleep(delay, opts.signal))) return 'aborted';
    const got = await retrieveResponse(opts.endpoint, id, { signal: opts.signal, fetch: opts.fetch });
    if (opts.signal.aborted) return 'aborted';
    if (!got.ok) {
      if (got.error.kind === 'network' && ++failures <= POLL_RETRIES) continue;
      pass({
        kind: 'error',
        at: now(),
        error: {
          ...got.error,
          ...said('followFailed', { id, detail: got.error.message }, { detail: got.error.text }),
          ...(isUnsupported(got.error) ? hinted('hintNoRetrieve') : {}),
        },
      });
      return 'failed';
    }
    failures = 0;
    const status = got.value.status;
    pass({ kind: 'json', at: now(), body: got.value });
    if (status !== 'queued' && status !== 'in_progress') return 'settled';
    delay = Math.min(POLL_MAX_MS, Math.round(delay * 1.5));
  }
  pass({ kind: 'note', at: now(), notice: noticed('pollStopped', { id }) });
  return 'failed';
}

/** After Stop: ask the server to cancel a background response that has not settled. */
export async function cancelOnServer(
  opts: RunResponseOptions,
  tracker: RunTracker,
  pass: Pass,
  now: () => number,
): Promise<void> {
  const id = tracker.responseId;
  if (!tracker.background || tracker.settled) return;
  if (!id) {
    pass({ kind: 'note', at: now(), notice: noticed('cancelNoId') });
    return;
  }
  const result = await cancelResponse(opts.endpoint, id, {
    signal: AbortSignal.timeout(CANCEL_TIMEOUT_MS),
    fetch: opts.fetch,
  });
  let notice: Notice;
  if (result.ok)
    notice = noticed('cancelledOnServer', { id, status: String(result.value.status ?? 'cancelled') });
  else {
    const detail = { detail: result.error.message };
    const words = { detail: result.error.text };
    notice = noticed(
      isUnsupported(result.error) ? 'cancelUnsupported' : 'cancelRefused',
      { id, ...detail },
      words,
    );
  }
  pass({ kind: 'note', at: now(), notice });
}

/** Waits `ms` unless `signal` fires first (then resolves false). */
export function wait(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
