import { describe, expect, it } from 'vitest';
import { isAppendingDelta, reduceDeltas } from './delta-batch';
import { deepFreeze, ev, fixture, fixtureNames, sseActions } from './fixtures/replay';
import { initialView, reduceRun } from './reduce';
import type { ResponseView, RunAction } from './types';

/** Folds as the run store does: appending deltas queued, folded in batches of up to `batch`. */
function batched(actions: RunAction[], batch: number): ResponseView {
  let view = initialView();
  let queue: Extract<RunAction, { kind: 'event' }>[] = [];
  const drain = () => {
    view = reduceDeltas(deepFreeze(view), deepFreeze(queue));
    queue = [];
  };
  for (const action of actions) {
    if (isAppendingDelta(action)) {
      queue.push(action);
      if (queue.length >= batch) drain();
      continue;
    }
    drain();
    view = reduceRun(deepFreeze(view), deepFreeze(action));
  }
  drain();
  return view;
}

const oneByOne = (actions: RunAction[]) => actions.reduce(reduceRun, initialView());

const text = (seq: number | undefined, delta: string, extra: Record<string, unknown> = {}) =>
  ev({
    type: 'response.output_text.delta',
    output_index: 0,
    content_index: 0,
    delta,
    ...(seq === undefined ? {} : { sequence_number: seq }),
    ...extra,
  });
const args = (seq: number, index: number, delta: string) =>
  ev({ type: 'response.function_call_arguments.delta', output_index: index, delta, sequence_number: seq });

describe('reduceDeltas', () => {
  it.each(fixtureNames)('folds the %s fixture to the same view as one event at a time', (name) => {
    const actions = sseActions(fixture(name));
    for (const batch of [1, 2, 3, 1000]) expect(batched(actions, batch)).toEqual(oneByOne(actions));
  });

  it('keeps counts, sequence issues and notices exact across gaps, repeats, targets and missing numbers', () => {
    const actions: RunAction[] = [
      { kind: 'start', at: 1 },
      text(0, 'a'),
      text(1, 'b'),
      text(3, 'c'), // gap
      text(4, 'd'),
      text(2, 'e'), // out of order
      text(3, 'f'), // still at or below the high-water mark
      text(5, 'g', { content_index: 1 }),
      text(6, 'h'),
      args(7, 1, '{"a"'),
      args(8, 2, '{"b"'),
      args(9, 1, ':1}'),
      args(10, 1, ''),
      text(undefined, 'i'),
      text(undefined, 'j'),
      text(11, 'k'),
      ev({
        type: 'response.output_text.delta',
        output_index: 0,
        content_index: 0,
        delta: 7,
        sequence_number: 12,
      }),
      text(13, 'l'),
    ];
    for (const batch of [1, 2, 4, 100]) expect(batched(actions, batch)).toEqual(oneByOne(actions));
  });

  it('folds many interleaved texts (more than one stretch holds) to the same view', () => {
    const actions: RunAction[] = [{ kind: 'start', at: 1 }];
    for (let i = 0; i < 200; i++) actions.push(args(i, i % 20, `${i},`));
    for (const batch of [7, 1000]) expect(batched(actions, batch)).toEqual(oneByOne(actions));
  });

  it('folds deltas after a resume one by one, so repeats are skipped and counted', () => {
    const actions: RunAction[] = [
      { kind: 'start', at: 1 },
      text(0, 'a'),
      text(1, 'b'),
      text(2, 'c'),
      { kind: 'resume', at: 2, startingAfter: 1, attempt: 1 },
      text(1, 'b'),
      text(2, 'c'),
      text(3, 'd'),
      text(4, 'e'),
    ];
    const view = batched(actions, 100);
    expect(view).toEqual(oneByOne(actions));
    expect(view.skippedRepeats).toBe(2);
  });

  it('is pure: the view and the actions are left as they were', () => {
    const view = deepFreeze(reduceRun(initialView(), { kind: 'start', at: 1 }));
    const deltas = deepFreeze([text(0, 'a'), text(1, 'b')]);
    expect(() => reduceDeltas(view, deltas as never)).not.toThrow();
  });
});
