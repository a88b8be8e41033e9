import { create } from 'zustand';
import { followResponse, runResponse } from '../../core/api/run-response';
import type { Endpoint } from '../../core/api/types';
import type { WireExchange } from '../../core/api/wire-exchange';
import type { ChainMode, EntryKind } from '../../core/history/types';
import { EventLog } from '../../core/response/event-log';
import { initialView, reduceRun } from '../../core/response/reduce';
import { isAppendingDelta, reduceDeltas, type EventAction } from '../../core/response/delta-batch';
import { isLive } from '../../core/response/selectors';
import type { JsonObject, ResponseView, RunAction } from '../../core/response/types';
import { createFrameBatcher } from './frame-batcher';
import { wireCapture, type WireHooks } from './wire-capture';

/**
 * What a send is, said by whoever sends it, so the history records it without guessing: the
 * editor's Send, tool outputs, a follow-up, an auto-answer step or a replay resend; which history
 * entry it continues; and how (previous_response_id, or the whole conversation replayed).
 */
export interface SendMeta {
  kind: EntryKind;
  mode: ChainMode;
  /** The history entry this turn continues, when there is one. */
  parentId?: string;
  /** The items this turn adds (without replayed earlier turns). */
  turnInput: JsonObject[];
}

export interface SentRequest {
  endpoint: Endpoint;
  body: string;
  meta: SendMeta;
}

interface RunState {
  /** The live (or last) response. Never persisted. */
  view: ResponseView;
  /** Raw events of the run, outside the view so 100k deltas stay cheap; `view.eventCount` versions it. */
  log: EventLog;
  /**
   * The HTTP exchanges of the run (the request, then each resumed stream), keys masked when
   * captured; never persisted (the history does not record headers).
   */
  exchanges: WireExchange[];
  /** What was sent last, for Retry (the key travels only in memory). */
  lastRequest?: SentRequest;
  /**
   * Which send `view` belongs to: a new number for every send (Retry too), undefined while a
   * recorded response is shown. Subscribers (the history recorder) see a run start when it changes.
   */
  runId?: number;
  /** No data for longer than `idleWarningMs` while streaming. */
  stalled: boolean;
  idleWarningMs: number;
  send: (request: SentRequest) => void;
  /** Follows a response that already exists (opened by id) until it settles; not recorded as a send. */
  follow: (endpoint: Endpoint, responseId: string) => void;
  cancel: () => void;
  retry: () => void;
  setIdleWarningMs: (ms: number) => void;
  /**
   * Shows a recorded response (from history) with an empty event log. Refused (false) while a run
   * is live, so a click in the history never cuts off a response that is still arriving.
   */
  show: (view: ResponseView) => boolean;
}

const TERMINAL = new Set<RunAction['kind']>(['end', 'abort', 'error', 'json']);

/** The event-log type of the marker entry where a broken stream was resumed. */
export const RESUME_MARKER = '(stream resumed)';

function resumeNote(responseId: string | undefined, startingAfter: number, attempt: number): string {
  return `GET /v1/responses/${responseId ?? '…'}?stream=true&starting_after=${startingAfter} (attempt ${attempt})`;
}

let controller: AbortController | undefined;
let runs = 0;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

export const useRunStore = create<RunState>()((set, get) => ({
  view: initialView(),
  log: new EventLog(),
  exchanges: [],
  stalled: false,
  idleWarningMs: 30_000,

  send: (request) =>
    launch(request, (signal, onAction, wire) =>
      // runResponse also resumes a broken background stream, polls a queued one, and cancels on Stop.
      runResponse({
        endpoint: request.endpoint,
        body: request.body,
        signal,
        onAction,
        ...wire(request.body),
      }),
    ),

  follow: (endpoint, responseId) =>
    launch(undefined, (signal, onAction, wire) =>
      followResponse({ endpoint, responseId, signal, onAction, ...wire() }),
    ),

  cancel: () => controller?.abort(),

  retry: () => {
    const { lastRequest, send } = get();
    if (lastRequest) send(lastRequest);
  },

  setIdleWarningMs: (idleWarningMs) => set({ idleWarningMs }),

  show: (view) => {
    if (isLive(get().view.status)) return false;
    set({ view, log: new EventLog(), exchanges: [], runId: undefined, stalled: false });
    return true;
  },
}));

type Runner = (
  signal: AbortSignal,
  onAction: (action: RunAction) => void,
  /** Hooks that record each HTTP exchange; `body` is the POST's (resumes are GETs). */
  wire: (body?: string) => WireHooks,
) => Promise<void>;

/**
 * Starts a run: a fresh view and log, every action folded at once and drawn at most once a frame,
 * and a stall warning. `request` is what Retry resends; a followed response has none (and the
 * history recorder, which records sends, leaves it to whoever opened it).
 */
function launch(request: SentRequest | undefined, go: Runner): void {
  const set = useRunStore.setState;
  const get = useRunStore.getState;
  controller?.abort();
  const ownController = new AbortController();
  controller = ownController;
  const log = new EventLog();
  let view = initialView();
  // Only sends get a run number: the history recorder records those, not a followed response.
  set({
    view,
    log,
    exchanges: [],
    lastRequest: request,
    runId: request ? ++runs : undefined,
    stalled: false,
  });
  const wire = (body?: string) =>
    wireCapture(
      () => controller === ownController,
      (change) => set((s) => ({ exchanges: change(s.exchanges) })),
      body,
    );

  // Deltas arrive far faster than frames: appending deltas wait in `queued` and are folded together
  // (reduceDeltas: one copy of the view per run of them), every other action at once; the view is
  // drawn at most once per frame.
  let queued: EventAction[] = [];
  const foldQueued = () => {
    if (queued.length === 0) return;
    view = reduceDeltas(view, queued);
    queued = [];
  };
  const batcher = createFrameBatcher(() => {
    foldQueued();
    if (controller === ownController) set({ view });
  });
  // One timer per quiet spell, not one per action: clearing and re-arming a timer for each of
  // 100k deltas cost ~0.2 s of main thread. The timer checks how long ago data last came and
  // sleeps for the rest of the interval when something arrived in between.
  // Epoch ms, as actions carry it (`action.at`): no clock read per delta.
  let lastDataAt = Date.now();
  let stalled = false;
  const checkIdle = () => {
    idleTimer = undefined;
    if (controller !== ownController || !isLive(view.status)) return;
    const limit = get().idleWarningMs;
    const quiet = Date.now() - lastDataAt;
    if (quiet < limit) idleTimer = setTimeout(checkIdle, limit - quiet);
    else {
      stalled = true;
      set({ stalled: true });
    }
  };
  const noteData = (at: number) => {
    lastDataAt = at;
    if (stalled) {
      stalled = false;
      set({ stalled: false });
    }
    idleTimer ??= setTimeout(checkIdle, get().idleWarningMs);
  };

  clearTimeout(idleTimer);
  idleTimer = undefined;
  noteData(Date.now());
  void go(
    ownController.signal,
    (action) => {
      if (controller !== ownController) return;
      if (isAppendingDelta(action)) {
        queued.push(action);
      } else {
        foldQueued();
        view = reduceRun(view, action);
      }
      if (action.kind === 'event') {
        const seq = action.event.sequence_number;
        log.append(action.at, action.event.type, action.raw, typeof seq === 'number' ? seq : undefined);
      } else if (action.kind === 'resume') {
        // A marker in the log (the reducer counts it in eventCount): where the stream was picked up.
        log.append(
          action.at,
          RESUME_MARKER,
          resumeNote(view.responseId, action.startingAfter, action.attempt),
        );
      }
      noteData(action.at);
      if (TERMINAL.has(action.kind) || !isLive(view.status)) {
        clearTimeout(idleTimer);
        idleTimer = undefined;
        batcher.flushNow();
      } else batcher.schedule();
    },
    wire,
  );
}
