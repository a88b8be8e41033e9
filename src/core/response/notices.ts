/**
 * Notices are bounded: a broken relay can send 100k out-of-order events, and the view must not grow
 * (or copy a growing array) per event.
 */
import { noticed } from './notice-messages';
import type { Notice, ResponseView } from './types';

/** Hard cap on `notices` (distinct unknown event types, transport remarks, …). */
export const MAX_NOTICES = 50;
/** Sequence problems listed one by one before they are only counted. */
export const MAX_SEQUENCE_NOTICES = 10;

/** `notices` with `notice` appended (or the same array when capped or, with `once`, already there). */
export function addNotice(notices: Notice[], notice: Notice, once = false): Notice[] {
  if (notices.length >= MAX_NOTICES) return notices;
  if (once && notices.some((n) => sameNotice(n, notice))) return notices;
  return [...notices, notice];
}

function sameNotice(a: Notice, b: Notice): boolean {
  return a.id === b.id && JSON.stringify(a.params) === JSON.stringify(b.params);
}

/**
 * Gap/duplicate detection on `sequence_number`. Never fatal: relays omit it or restart it. The
 * high-water mark only rises, so one stray low number yields one notice, not one per later event.
 */
export function checkSequence(
  view: ResponseView,
  seq: number | undefined,
): Partial<Pick<ResponseView, 'lastSequence' | 'sequenceIssues' | 'notices'>> | undefined {
  if (seq === undefined) return undefined;
  const last = view.lastSequence;
  if (last === undefined || seq === last + 1) return { lastSequence: seq };
  const problem =
    seq <= last
      ? noticed('sequenceRepeat', { seq, last })
      : noticed('sequenceGap', { expected: last + 1, seq, missing: seq - last - 1 });
  const issues = (view.sequenceIssues ?? 0) + 1;
  return {
    lastSequence: Math.max(last, seq),
    sequenceIssues: issues,
    notices:
      issues <= MAX_SEQUENCE_NOTICES
        ? addNotice(view.notices, problem)
        : countExtra(view.notices, issues - MAX_SEQUENCE_NOTICES),
  };
}

function countExtra(notices: Notice[], extra: number): Notice[] {
  const line = noticed('moreSequenceIssues', { count: extra });
  const at = notices.findIndex((n) => n.id === line.id);
  // Past the cap too: the count line is added once, then rewritten in place.
  if (at < 0) return [...notices, line];
  const next = notices.slice();
  next[at] = line;
  return next;
}
