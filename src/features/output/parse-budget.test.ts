import { describe, expect, it, vi } from 'vitest';
import {
  PARSE_BUDGET_CHARS,
  parseBudgetChars,
  recordParseTime,
  takeParseBudget,
  waitForParseBudget,
} from './parse-budget';

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

describe('recordParseTime', () => {
  it('shrinks the budget to ~8 ms of measured work, within 2k–24k characters, and grows it back', () => {
    expect(parseBudgetChars()).toBe(PARSE_BUDGET_CHARS);
    recordParseTime(500, 1000); // too small to time: ignored
    expect(parseBudgetChars()).toBe(PARSE_BUDGET_CHARS);
    for (let i = 0; i < 40; i++) recordParseTime(4000, 8); // 4000 chars per 8 ms
    expect(parseBudgetChars()).toBeGreaterThanOrEqual(4000);
    expect(parseBudgetChars()).toBeLessThan(4100);
    for (let i = 0; i < 40; i++) recordParseTime(4000, 1000);
    expect(parseBudgetChars()).toBe(2000);
    for (let i = 0; i < 40; i++) recordParseTime(4000, 0.1);
    expect(parseBudgetChars()).toBe(PARSE_BUDGET_CHARS);
  });
});
