import { describe, expect, it } from 'vitest';
import { takeParseBudget } from './parse-budget';

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
