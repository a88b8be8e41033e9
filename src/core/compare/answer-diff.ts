/** A readable diff between two columns' answers: word by word for answers of chat length. */
import { diffLines, diffWords, type Change } from 'diff';

export type DiffSegmentKind = 'same' | 'added' | 'removed';

export interface DiffSegment {
  kind: DiffSegmentKind;
  text: string;
}

export interface AnswerDiff {
  /** `words` for ordinary answers, `lines` for long ones, `too-different` when neither fits the budget. */
  mode: 'words' | 'lines' | 'too-different';
  identical: boolean;
  segments: DiffSegment[];
  /** Words (or lines) only in the first answer, and only in the second. */
  removed: number;
  added: number;
}

/** Above this many characters (either side) the diff goes line by line: a word diff costs too much. */
export const WORD_DIFF_CHARS = 8_000;
/**
 * Beyond this edit distance the diff gives up (very different answers): Myers' diff costs about
 * length × distance, and two unrelated 800-word answers already take a few hundred milliseconds.
 * The app runs it in a worker all the same.
 */
const MAX_WORD_EDITS = 1_500;
const MAX_LINE_EDITS = 1_000;

/** Splits Chinese and Japanese text into words too (they have no spaces), where the runtime can. */
function segmenter(): object | undefined {
  return typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'word' })
    : undefined;
}

/**
 * The differences between answer `a` (the first column) and answer `b`: `removed` segments are only
 * in `a`, `added` only in `b`. Word by word (whitespace differences ignored); line by line past
 * {@link WORD_DIFF_CHARS}; and when the answers differ in more than a few thousand places, no
 * segments at all but `too-different`, so a pathological pair never freezes the page.
 */
export function diffAnswers(a: string, b: string): AnswerDiff {
  if (a === b)
    return {
      mode: 'words',
      identical: true,
      segments: a ? [{ kind: 'same', text: a }] : [],
      removed: 0,
      added: 0,
    };
  const long = a.length > WORD_DIFF_CHARS || b.length > WORD_DIFF_CHARS;
  const changes: Change[] | undefined = long
    ? diffLines(a, b, { maxEditLength: MAX_LINE_EDITS })
    : diffWords(a, b, { maxEditLength: MAX_WORD_EDITS, intlSegmenter: segmenter() });
  if (!changes) return { mode: 'too-different', identical: false, segments: [], removed: 0, added: 0 };
  let removed = 0;
  let added = 0;
  const segments = changes.map((change): DiffSegment => {
    if (change.added) {
      added += change.count;
      return { kind: 'added', text: change.value };
    }
    if (change.removed) {
      removed += change.count;
      return { kind: 'removed', text: change.value };
    }
    return { kind: 'same', text: change.value };
  });
  // Whitespace-only differences are ignored by the word diff: the answers read the same.
  return {
    mode: long ? 'lines' : 'words',
    identical: added === 0 && removed === 0,
    segments,
    removed,
    added,
  };
}
