import { describe, expect, it, vi } from 'vitest';
import { PARSE_BUDGET_CHARS, takeParseBudget, waitForParseBudget } from './parse-budget';

describe('takeParseBudget', () => {
  it('shares a budget within one task and refills after it', async () => {
    expect(takeParseBudget(600, 1000)).toBe(true);
    expect(takeParseBudget(300, 1000)).toBe(true);
    expect(takeParseBudget(300, 1000)).toBe(false);
    await Promise.resolve();
    expect(takeParseBudget(300, 1000)).toBe(true);
  });

  it('always lets the first taker of a task through, even past the budget', async () => {
    await Promise.resolve();
    expect(takeParseBudget(50_000, 1000)).toBe(true);
    expect(takeParseBudget(1, 1000)).toBe(false);
  });
});

describe('waitForParseBudget', () => {
  it('wakes waiting chunks in order, a budget’s worth per turn, and forgets those that left', () => {
    vi.useFakeTimers();
    try {
      const woken: string[] = [];
      const wait = (name: string, chars: number) => waitForParseBudget(chars, () => woken.push(name));
      wait('a', PARSE_BUDGET_CHARS / 2);
      const leave = wait('b', 10);
      wait('c', PARSE_BUDGET_CHARS / 2);
      wait('d', PARSE_BUDGET_CHARS);
      leave();
      vi.advanceTimersByTime(250);
      expect(woken).toEqual(['a', 'c']);
      vi.advanceTimersByTime(250);
      expect(woken).toEqual(['a', 'c', 'd']);
      vi.advanceTimersByTime(1000);
      expect(woken).toEqual(['a', 'c', 'd']);
    } finally {
      vi.useRealTimers();
    }
  });
});
