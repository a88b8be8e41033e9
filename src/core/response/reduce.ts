/**
 * The pure fold of a run into a view: `reduceRun(view, action) → view`. Inputs are never mutated;
 * each action copies the view object, and an item event additionally copies the items array and
 * the one item it touches, so React can compare by reference and 100k deltas stay linear.
 */
import type { ResponseStreamEvent } from 'openai/resources/responses/responses';
import { itemHandlers } from './item-events';
import { foldJson, lifecycleHandlers, type Handler, type Patch } from './lifecycle';
import { noticed } from './notice-messages';
import { addNotice, checkSequence } from './notices';
import { isLive } from './selectors';
import { toolHandlers } from './tool-events';
import type { JsonObject, ResponseView, RunAction, RunStatus, WireEvent } from './types';
import { isObject } from '../json';
import { num, str } from './wire';
import { said } from '../api/run-error-messages';

/** Every event type we fold: the 6.49 SDK union, the 7.x additions and the undocumented keepalive. */
type KnownEventType =
  | ResponseStreamEvent['type']
  | 'keepalive'
  | 'response.compaction.compacting'
  | 'response.shell_call_command.added'
  | 'response.shell_call_command.delta'
  | 'response.shell_call_command.done'
  | 'response.shell_call_output_content.delta'
  | 'response.shell_call_output_content.done';

// Typed as a full record so a new member of the SDK union fails the type check until handled.
const HANDLERS: Record<KnownEventType, Handler> = { ...lifecycleHandlers, ...itemHandlers, ...toolHandlers };

/**
 * Deltas of model-generated tokens: the first one stamps `timings.firstTokenAt`. Each only appends
 * its `delta` string to one text of one item, so `reduceDeltas` (delta-batch.ts) folds runs of them.
 */
export const TOKEN_EVENTS: ReadonlySet<string> = new Set<string>([
  'response.output_text.delta',
  'response.refusal.delta',
  'response.function_call_arguments.delta',
  'response.custom_tool_call_input.delta',
  'response.mcp_call_arguments.delta',
  'response.code_interpreter_call_code.delta',
  'response.reasoning_summary_text.delta',
  'response.reasoning_text.delta',
]);

const SETTLED: ReadonlySet<RunStatus> = new Set(['completed', 'incomplete', 'failed', 'cancelled']);

/** The view before anything was sent. */
export function initialView(): ResponseView {
  return { status: 'idle', items: [], timings: {}, notices: [], eventCount: 0 };
}

function handlerFor(type: string): Handler | undefined {
  return Object.hasOwn(HANDLERS, type) ? HANDLERS[type as KnownEventType] : undefined;
}

function reduceEvent(view: ResponseView, event: WireEvent, raw: string, at: number): ResponseView {
  const e = event as JsonObject;
  const seq = num(e.sequence_number);
  // Across a resume seam the server may send again what we already have: fold each event once.
  if (view.resumes && seq !== undefined && view.lastSequence !== undefined && seq <= view.lastSequence) {
    return { ...view, eventCount: view.eventCount + 1, skippedRepeats: (view.skippedRepeats ?? 0) + 1 };
  }
  let type = str(e.type) ?? '';
  // A chat-style `{"error":{…}}` frame (old LiteLLM) has no type but is an error all the same.
  if (type === '' && isObject(e.error)) type = 'error';
  const next: ResponseView = { ...view, eventCount: view.eventCount + 1, bodyKind: 'sse' };
  const handler = handlerFor(type);
  if (handler === undefined) {
    const notice = type ? noticed('unknownEvent', { type }) : noticed('unknownEventUntyped');
    next.notices = addNotice(view.notices, notice, true);
  }
  Object.assign(next, checkSequence(next, seq));
  // Any event proves the body started; content proves a queued response is running.
  if (next.status === 'idle' || next.status === 'connecting') next.status = 'streaming';
  else if (next.status === 'queued' && handler !== undefined && type !== 'keepalive')
    next.status = 'streaming';
  if (handler !== undefined) Object.assign(next, handler(next, e, { at, raw }));
  if (next.timings.firstTokenAt === undefined && TOKEN_EVENTS.has(type)) {
    next.timings = { ...next.timings, firstTokenAt: at };
  }
  return next;
}

/** A resumed stream keeps everything; the event log gets a marker entry (counted here). */
function reduceResume(view: ResponseView, startingAfter: number, attempt: number): ResponseView {
  const next = patch(view, {
    resumes: (view.resumes ?? 0) + 1,
    eventCount: view.eventCount + 1,
    notices: addNotice(
      view.notices,
      attempt > 1
        ? noticed('resumedAttempt', { after: startingAfter, attempt })
        : noticed('resumed', { after: startingAfter }),
    ),
  });
  // The seam is what was folded: events up to `startingAfter` count as received even if unseen.
  if (view.lastSequence === undefined || view.lastSequence < startingAfter) next.lastSequence = startingAfter;
  return next;
}

function patch(view: ResponseView, change: Patch): ResponseView {
  return { ...view, ...change };
}

/**
 * Fold one run action into the view. Pure: returns a new view (or the same one when nothing
 * changed) and never mutates `view`, its items, or the action.
 */
export function reduceRun(view: ResponseView, action: RunAction): ResponseView {
  switch (action.kind) {
    case 'start':
      // A new run starts from a clean view.
      return { ...initialView(), status: 'connecting', timings: { startedAt: action.at } };
    case 'headers':
      return patch(view, {
        httpStatus: action.status,
        requestId: action.requestId ?? view.requestId,
        status: view.status === 'idle' || view.status === 'connecting' ? 'streaming' : view.status,
        timings: { ...view.timings, headersAt: action.at },
      });
    case 'event':
      return reduceEvent(view, action.event, action.raw, action.at);
    case 'comment':
      return view;
    case 'json':
      return patch(view, foldJson(view, action.body, action.at));
    case 'error':
      // A failure after the response settled (or a second one) must not overwrite what we know.
      if (SETTLED.has(view.status)) {
        return patch(view, {
          notices: addNotice(
            view.notices,
            noticed('afterEnd', { detail: action.error.message }, { detail: action.error.text }),
          ),
        });
      }
      return patch(view, {
        status: 'failed',
        error: action.error,
        httpStatus: view.httpStatus ?? action.error.status,
        timings: { ...view.timings, endedAt: action.at },
      });
    case 'done-marker':
      return patch(view, {
        bodyKind: 'sse',
        notices: addNotice(view.notices, noticed('doneMarker'), true),
      });
    case 'end':
      if (view.bodyKind !== 'json' && isLive(view.status)) {
        return patch(view, {
          status: 'failed',
          error: { kind: 'cut', ...said('streamCut') },
          timings: { ...view.timings, endedAt: action.at },
        });
      }
      return view.timings.endedAt === undefined && view.status !== 'idle'
        ? patch(view, { timings: { ...view.timings, endedAt: action.at } })
        : view;
    case 'abort':
      // Stopping is a state, not an error; a settled response stays as it was.
      if (SETTLED.has(view.status)) return view;
      return patch(view, { status: 'cancelled', timings: { ...view.timings, endedAt: action.at } });
    case 'resume':
      return reduceResume(view, action.startingAfter, action.attempt);
    case 'note':
      return patch(view, { notices: addNotice(view.notices, action.notice) });
  }
}

/**
 * The view of a Response object fetched by id (`GET /v1/responses/{id}`), as if it had just arrived
 * as a plain JSON answer. A background response still queued or in progress stays live.
 */
export function viewOfResponse(body: JsonObject, at: number): ResponseView {
  const actions: RunAction[] = [
    { kind: 'start', at },
    { kind: 'json', at, body },
  ];
  return actions.reduce(reduceRun, initialView());
}
