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

/**
 * Exactly `count` deltas: extra tokens come from `more(i)` (called until there are enough), and
 * surplus tokens are merged evenly.
 */
export function fitTokens(tokens: string[], count: number, more: (round: number) => string[]): string[] {
  const all = [...tokens];
  for (let round = 0; all.length < count; round++) {
    const extra = more(round);
    if (extra.length === 0) break;
    for (const token of extra) all.push(token);
  }
  if (all.length <= count) return all;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const from = Math.floor((i * all.length) / count);
    const to = Math.floor(((i + 1) * all.length) / count);
    out.push(all.slice(from, to).join(''));
  }
  return out;
}
