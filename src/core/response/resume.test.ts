import { describe, expect, it } from 'vitest';
import { noticed, noticeText } from './notice-messages';
import { initialView, reduceRun } from './reduce';
import { outputText } from './selectors';
import type { ResponseView, RunAction } from './types';

const at = { item_id: 'msg_1', output_index: 0, content_index: 0 };
const event = (sequence_number: number, fields: { type: string; [key: string]: unknown }): RunAction => {
  const e = { sequence_number, ...fields };
  return { kind: 'event', at: sequence_number, event: e, raw: JSON.stringify(e) };
};
const added = event(0, {
  type: 'response.output_item.added',
  output_index: 0,
  item: { id: 'msg_1', type: 'message', role: 'assistant', content: [] },
});
const part = event(1, {
  type: 'response.content_part.added',
  ...at,
  part: { type: 'output_text', text: '' },
});
const delta = (seq: number, text: string) =>
  event(seq, { type: 'response.output_text.delta', ...at, delta: text });
const fold = (actions: RunAction[], view: ResponseView = initialView()) => actions.reduce(reduceRun, view);

describe('reduceRun: resumed streams', () => {
  const before = fold([{ kind: 'start', at: 0 }, added, part, delta(2, 'Hel'), delta(3, 'lo')]);

  it('keeps what arrived before the cut and goes on after it', () => {
    const view = fold(
      [{ kind: 'resume', at: 9, startingAfter: 3, attempt: 1 }, delta(4, ' wor'), delta(5, 'ld')],
      before,
    );
    expect(outputText(view)).toBe('Hello world');
    expect(view.resumes).toBe(1);
    expect(view.sequenceIssues).toBeUndefined();
    expect(view.notices.map(noticeText)).toEqual(['stream resumed after sequence_number 3']);
    // The marker counts as an event-log entry: 4 events, the marker, 2 events.
    expect(view.eventCount).toBe(7);
  });

  it('skips events the server sends again across the seam, and counts them', () => {
    const view = fold(
      [
        { kind: 'resume', at: 9, startingAfter: 3, attempt: 1 },
        delta(2, 'Hel'),
        delta(3, 'lo'),
        delta(4, '!'),
      ],
      before,
    );
    expect(outputText(view)).toBe('Hello!');
    expect(view.skippedRepeats).toBe(2);
    expect(view.eventCount).toBe(8);
  });

  it('without a resume, a repeated number is folded and flagged as before', () => {
    const view = fold([delta(3, '?')], before);
    expect(outputText(view)).toBe('Hello?');
    expect(view.sequenceIssues).toBe(1);
  });

  it('a resume after the last folded event leaves a gap the reducer can see', () => {
    const view = fold([{ kind: 'resume', at: 9, startingAfter: 5, attempt: 2 }, delta(6, '.')], before);
    expect(view.lastSequence).toBe(6);
    expect(view.notices.map(noticeText)).toContain('stream resumed after sequence_number 5 (attempt 2)');
  });

  it('notes are kept as notices', () => {
    const notice = noticed('pollStopped', { id: 'resp_1' });
    expect(fold([{ kind: 'note', at: 1, notice }], before).notices).toEqual([notice]);
  });
});
