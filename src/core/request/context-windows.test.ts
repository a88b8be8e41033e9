import { describe, expect, it } from 'vitest';
import { contextPressure, contextWindow } from './context-windows';

describe('context windows', () => {
  it('finds the longest known prefix, with dates and relay prefixes', () => {
    expect(contextWindow('gpt-4.1-mini-2025-04-14')).toBe(1_047_576);
    expect(contextWindow('gpt-4o-mini')).toBe(128_000);
    expect(contextWindow('gpt-4')).toBe(8_192);
    expect(contextWindow('openai/gpt-3.5-turbo')).toBe(16_385);
    expect(contextWindow('o1-mini')).toBe(128_000);
    expect(contextWindow(' GPT-5 ')).toBe(400_000);
  });

  it('knows nothing of unknown models (no warning rather than a guess)', () => {
    expect(contextWindow('my-local-llama')).toBeUndefined();
    expect(contextWindow(undefined)).toBeUndefined();
    expect(contextPressure('my-local-llama', 10_000_000)).toBeUndefined();
  });

  it('warns from 80 % of the window', () => {
    expect(contextPressure('gpt-3.5-turbo', 13_000)).toBeUndefined();
    expect(contextPressure('gpt-3.5-turbo', 13_108)).toEqual({ window: 16_385, share: 13_108 / 16_385 });
    expect(contextPressure('gpt-3.5-turbo', 20_000)?.share).toBeGreaterThan(1);
  });
});
