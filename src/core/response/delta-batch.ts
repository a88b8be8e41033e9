/**
 * Folding many deltas at once. `reduceRun` copies the view, the items array, the item and its part
 * for every event (that is what keeps it pure), about 2–4 µs per delta: 100k deltas cost several
 * hundred ms of main thread. Between two frames nobody looks at the view, so the run store queues
 * the deltas and folds each run of them that continues the same text as ONE event whose `delta` is
 * their concatenation: the same view as folding them one by one, for one copy per frame.
 */
import { reduceRun, TOKEN_EVENTS } from './reduce';
import type { JsonObject, ResponseView, RunAction } from './types';
import { num } from './wire';

/** An event action (what `isAppendingDelta` accepts). */
export type EventAction = Extract<RunAction, { kind: 'event' }>;

/** The fields that say which text a delta appends to. */
const TARGET = ['output_index', 'item_id', 'content_index', 'summary_index'] as const;

/** True for an action `reduceDeltas` can fold together with its neighbours. */
export function isAppendingDelta(action: RunAction): action is EventAction {
  return (
    action.kind === 'event' &&
    TOKEN_EVENTS.has(action.event.type) &&
    typeof (action.event as JsonObject).delta === 'string'
  );
}

/** The sequence number as the reducer reads it. */
const seqOf = (action: EventAction): number | undefined => num((action.event as JsonObject).sequence_number);

/** Same text: same type, same item and part. */
function sameText(a: JsonObject, b: JsonObject): boolean {
  if (a.type !== b.type) return false;
  for (const key of TARGET) if (a[key] !== b[key]) return false;
  return true;
}

/** Texts one stretch folds at most (a linear search finds a delta's text among them). */
const MAX_TEXTS = 16;

/**
 * Folds `actions` (all `isAppendingDelta`) into `view`: equal to `actions.reduce(reduceRun, view)`,
 * but a stretch of deltas with consecutive sequence numbers (or none) costs one fold per text it
 * appends to, even when several texts interleave (parallel function calls). Pure, like `reduceRun`.
 */
export function reduceDeltas(view: ResponseView, actions: readonly EventAction[]): ResponseView {
  let next = view;
  for (let i = 0; i < actions.length;) {
    const end = stretchEnd(next, actions, i);
    if (end === i + 1) {
      next = reduceRun(next, actions[i] as EventAction);
      i = end;
    } else [next, i] = foldStretch(next, actions, i, end);
  }
  return next;
}

/**
 * Where the stretch starting at `from` ends: sequence numbers go up one by one (or there are none).
 * After a resume, or at or below the high-water mark, events are folded one by one: repeats are
 * skipped and counted, and an out-of-order event is flagged with each follower.
 */
function stretchEnd(view: ResponseView, actions: readonly EventAction[], from: number): number {
  const seq = seqOf(actions[from] as EventAction);
  const last = view.lastSequence;
  if (view.resumes !== undefined || (seq !== undefined && last !== undefined && seq <= last)) return from + 1;
  let end = from + 1;
  for (let prev = seq; end < actions.length; end++) {
    const next = seqOf(actions[end] as EventAction);
    if (prev === undefined ? next !== undefined : next !== prev + 1) break;
    prev = next;
  }
  return end;
}

/** Folds the stretch `from`..`to` up to its 16th text; returns the view and where it stopped. */
function foldStretch(
  view: ResponseView,
  actions: readonly EventAction[],
  from: number,
  to: number,
): [ResponseView, number] {
  // Per text, in the order first touched (so items a delta creates are created in the same order).
  const texts: { first: EventAction; delta: string }[] = [];
  let end = from;
  for (; end < to; end++) {
    const action = actions[end] as EventAction;
    const event = action.event as JsonObject;
    const text = texts.find((t) => sameText(t.first.event as JsonObject, event));
    if (text) text.delta += event.delta as string;
    else if (texts.length === MAX_TEXTS) break;
    else texts.push({ first: action, delta: event.delta as string });
  }
  let next = view;
  texts.forEach(({ first, delta }, i) => {
    const event: JsonObject = { ...(first.event as JsonObject), delta };
    // Only the stretch's first number is checked (a gap before it is one gap); the rest follow it.
    if (i > 0) delete event.sequence_number;
    next = reduceRun(next, { ...first, event: event as EventAction['event'] });
  });
  next = { ...next, eventCount: next.eventCount + (end - from - texts.length) };
  const lastSeq = seqOf(actions[end - 1] as EventAction);
  if (lastSeq !== undefined) next.lastSequence = lastSeq;
  return [next, end];
}
