/**
 * Sends a request and follows it to the end, background responses included: a broken stream is
 * resumed from the last `sequence_number` (again if needed), a plain JSON answer that is still
 * queued or in progress is polled with back-off until it settles, and an abort also asks the server
 * to cancel a background response.
 */
import { noticed } from '../response/notice-messages';
import type { RunAction, RunError } from '../response/types';
import { cancelOnServer, poll, wait } from './run-background';
import { retrieveResponse } from './responses-api';
import { isUnsupported } from './request-json';
import { RunTracker } from './run-tracker';
import { resumeResponseStream, sendResponsesRequest } from './send-request';
import type { SendRequestOptions } from './types';
import { hinted, said } from './run-error-messages';

export interface RunResponseOptions extends SendRequestOptions {
  /** Resumes tried after the stream broke, in a row. Default 5. */
  maxResumes?: number;
  /** Polls of a queued/in-progress background response before giving up. Default 1000. */
  maxPolls?: number;
  /** Waits `ms` unless `signal` fires first (then resolves false). Injectable for tests. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<boolean>;
}

/** First wait before a resume, doubled per attempt in a row. */
const RESUME_DELAY_MS = 250;

/**
 * Like {@link sendResponsesRequest} (one `start`, then exactly one `end` or `abort`, never rejects),
 * plus `resume` before each resumed connection, `json` per poll, and after an `abort` of a
 * background response one `note` saying what the cancel request got.
 */
export async function runResponse(opts: RunResponseOptions): Promise<void> {
  return follow(opts, new RunTracker(opts.body), (onAction) => sendResponsesRequest({ ...opts, onAction }));
}

/**
 * Follows a response that already exists (opened by its id) until it settles: its whole stream
 * (`GET /v1/responses/{id}?stream=true`), resumed and cancelled like {@link runResponse}'s.
 */
export async function followResponse(
  opts: Omit<RunResponseOptions, 'body'> & { responseId: string },
): Promise<void> {
  const tracker = new RunTracker('{"background":true}');
  tracker.responseId = opts.responseId;
  return follow({ ...opts, body: '' }, tracker, (onAction) => resumeResponseStream({ ...opts, onAction }));
}

async function follow(
  opts: RunResponseOptions,
  tracker: RunTracker,
  firstConnection: (onAction: (action: RunAction) => void) => Promise<void>,
): Promise<void> {
  const now = opts.now ?? Date.now;
  const { signal, endpoint } = opts;
  const sleep = opts.sleep ?? wait;
  let held: RunAction[] = [];
  let finished = false;
  let resuming = false;
  /** Events the current connection brought. */
  let fresh = 0;

  const pass = (action: RunAction): void => {
    if (action.kind === 'end' || action.kind === 'abort') {
      if (finished) return;
      finished = true;
    }
    tracker.see(action);
    opts.onAction(action);
  };
  /** Actions of one connection: its end and a broken stream wait until we know whether to resume. */
  const onConnection = (action: RunAction): void => {
    if (action.kind === 'start' && resuming) return;
    if (action.kind === 'event') fresh++;
    if (action.kind === 'end' || (action.kind === 'error' && isBreak(action.error))) {
      held.push(action);
      return;
    }
    if (action.kind === 'error' && resuming && action.error.kind === 'http') {
      pass({ ...action, error: resumeFailed(action.error) });
      return;
    }
    pass(action);
  };
  const settle = (): void => held.forEach(pass);
  const abort = async (): Promise<void> => {
    pass({ kind: 'abort', at: now() });
    await cancelOnServer(opts, tracker, pass, now);
  };

  await firstConnection(onConnection);
  if (tracker.backgroundRefused) {
    pass({ kind: 'note', at: now(), notice: noticed('backgroundIgnored') });
  }
  const maxResumes = opts.maxResumes ?? 5;
  for (let attempt = 1; ; attempt++) {
    if (signal.aborted) return abort();
    if (tracker.stillRunning() && tracker.responseId) {
      const polled = await poll(opts, tracker.responseId, sleep, pass, now);
      if (polled === 'aborted') return abort();
      break;
    }
    const broke = held.length > 0 && tracker.canResume();
    if (!broke || attempt > maxResumes) break;
    if (resuming && fresh === 0 && held.every((a) => a.kind === 'end')) {
      // A resumed stream that ends with nothing new (cancelled elsewhere?): ask for the response itself.
      const got = await retrieveResponse(endpoint, tracker.responseId ?? '', { signal, fetch: opts.fetch });
      if (!got.ok) break;
      pass({ kind: 'json', at: now(), body: got.value });
      continue;
    }
    held = [];
    fresh = 0;
    if (!(await sleep(RESUME_DELAY_MS * 2 ** (attempt - 1), signal))) return abort();
    pass({ kind: 'resume', at: now(), startingAfter: tracker.lastSequence ?? 0, attempt });
    resuming = true;
    await resumeResponseStream({
      ...opts,
      responseId: tracker.responseId ?? '',
      startingAfter: tracker.lastSequence,
      onAction: onConnection,
    });
  }
  if (signal.aborted) return abort();
  settle();
}

/** Errors that mean "the connection broke", which a resume can mend. */
function isBreak(error: RunError): boolean {
  return error.kind === 'cut' || error.kind === 'network';
}

function resumeFailed(error: RunError): RunError {
  const unsupported = isUnsupported(error);
  return {
    ...error,
    ...said('resumeFailed', { detail: error.message }, { detail: error.text }),
    ...(unsupported ? hinted('hintNoResume') : error.hint === undefined ? hinted('hintOpenLater') : {}),
  };
}
