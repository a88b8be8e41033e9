/**
 * Splitting text into the small pieces a model streams. Pieces are whole graphemes (Intl.Segmenter),
 * so a delta never splits a surrogate pair or an emoji sequence.
 */

const words = new Intl.Segmenter('en', { granularity: 'word' });
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Word-ish tokens: leading whitespace sticks to the next word, as in BPE output (" world"). */
export function tokenizeText(text: string): string[] {
  const tokens: string[] = [];
  let pending = '';
  for (const { segment } of words.segment(text)) {
    if (/^[ \t]+$/.test(segment)) {
      pending += segment;
      continue;
    }
    // Long CJK runs come back as one segment when ICU has no dictionary word: cut them in pairs.
    const pieces = Array.from(graphemes.segment(segment), (g) => g.segment);
    if (pieces.length > 6) {
      for (let i = 0; i < pieces.length; i += 2) {
        tokens.push((i === 0 ? pending : '') + pieces.slice(i, i + 2).join(''));
      }
    } else {
      tokens.push(pending + segment);
    }
    pending = '';
  }
  if (pending) tokens.push(pending);
  return tokens;
}

/** Fragments of a JSON text (punctuation runs and value runs of at most 6 graphemes). */
export function tokenizeJson(json: string): string[] {
  const tokens: string[] = [];
  for (const run of json.match(/[{}[\]:,"\s]+|[^{}[\]:,"\s]+/g) ?? []) {
    const pieces = Array.from(graphemes.segment(run), (g) => g.segment);
    for (let i = 0; i < pieces.length; i += 6) tokens.push(pieces.slice(i, i + 6).join(''));
  }
  return tokens;
}

/** Tokens to stream: an array, or a lazy sequence that knows its length before producing it. */
export interface TokenSeq extends Iterable<string> {
  readonly length: number;
}

/** Exactly `count` tokens made from `tokens`, neighbours merged evenly. */
function mergeEvenly(tokens: readonly string[], count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const from = Math.floor((i * tokens.length) / count);
    const to = Math.floor(((i + 1) * tokens.length) / count);
    out.push(tokens.slice(from, to).join(''));
  }
  return out;
}

/**
 * Exactly `count` deltas. Fewer tokens than that are topped up with `more(round)` (which must never
 * return an empty list), lazily: nothing is generated before the stream asks for it, so a 100 000
 * delta request costs no time up front. A round that would overshoot has its tokens merged into the
 * deltas left, so every paragraph stays whole. More tokens than `count` are merged evenly.
 */
export function fitTokens(tokens: string[], count: number, more: (round: number) => string[]): TokenSeq {
  if (tokens.length >= count) return tokens.length === count ? tokens : mergeEvenly(tokens, count);
  return {
    length: count,
    *[Symbol.iterator]() {
      yield* tokens;
      let left = count - tokens.length;
      for (let round = 0; left > 0; round++) {
        const extra = more(round);
        if (extra.length === 0) return;
        if (extra.length <= left) yield* extra;
        else yield* mergeEvenly(extra, left);
        left -= Math.min(extra.length, left);
      }
    },
  };
}
