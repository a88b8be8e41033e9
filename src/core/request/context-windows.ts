/**
 * Context windows (input + output tokens) of well-known models, for the token-count warning. Only
 * models whose window is published are listed; an unknown model gets no warning rather than a guess.
 * Longest prefix wins, so `gpt-4.1-mini-2025-04-14` finds `gpt-4.1`, and dated or relay-prefixed
 * names (`openai/gpt-4o`) work too.
 */
const WINDOWS: [prefix: string, tokens: number][] = [
  ['gpt-5', 400_000],
  ['gpt-5-chat', 128_000],
  ['gpt-4.1', 1_047_576],
  ['gpt-4o', 128_000],
  ['gpt-4-turbo', 128_000],
  ['gpt-4', 8_192],
  ['gpt-3.5-turbo', 16_385],
  ['o4-mini', 200_000],
  ['o3', 200_000],
  ['o1', 200_000],
  ['o1-mini', 128_000],
  ['codex-mini', 200_000],
  ['claude-', 200_000],
  ['deepseek-chat', 128_000],
  ['deepseek-reasoner', 128_000],
];

/** The share of the window at which the count is worth a warning. */
export const CONTEXT_WARNING_SHARE = 0.8;

/** The context window of `model` in tokens, or undefined when unknown. */
export function contextWindow(model: string | undefined): number | undefined {
  if (!model) return undefined;
  const name = model
    .trim()
    .toLowerCase()
    .replace(/^[\w.-]+\//, '');
  let best: [string, number] | undefined;
  for (const entry of WINDOWS) {
    if (name.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  }
  return best?.[1];
}

/** How full the window would be: `share` (0–1+) when the window is known and the share is worth a warning. */
export function contextPressure(
  model: string | undefined,
  inputTokens: number,
): { window: number; share: number } | undefined {
  const window = contextWindow(model);
  if (window === undefined) return undefined;
  const share = inputTokens / window;
  return share >= CONTEXT_WARNING_SHARE ? { window, share } : undefined;
}
