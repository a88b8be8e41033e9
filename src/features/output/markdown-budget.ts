/**
 * At most this many characters of blocks not yet rendered as Markdown are parsed per render
 * (~15 ms of react-markdown on a laptop core). Without a cap, a frame that came late during a fast
 * stream (or opening a long answer) parsed hundreds of new blocks at once: 100–400 ms main-thread
 * tasks in the 100k-delta benchmark (`npm run bench`).
 */
export const PARSE_BUDGET_CHARS = 16_000;

/**
 * How many leading blocks to render as Markdown, given that the first `parsed` of them already
 * were: those, plus new blocks until `budget` characters are used up, and always at least one more
 * block (so a block longer than the budget still gets its turn).
 */
export function markdownLimit(
  blocks: readonly string[],
  parsed: number,
  budget = PARSE_BUDGET_CHARS,
): number {
  let limit = Math.min(parsed, blocks.length);
  let left = budget;
  while (limit < blocks.length && (left > 0 || limit === parsed)) {
    left -= blocks[limit]?.length ?? 0;
    limit++;
  }
  return limit;
}
