import { describe, expect, it } from 'vitest';
import { markdownLimit } from './markdown-budget';

const blocks = (...lengths: number[]) => lengths.map((n) => 'x'.repeat(n));

describe('markdownLimit', () => {
  it('renders everything when the new blocks fit in the budget', () => {
    expect(markdownLimit(blocks(100, 100, 100), 0, 1000)).toBe(3);
    expect(markdownLimit(blocks(100, 100, 100), 3, 10)).toBe(3);
  });

  it('counts only blocks after the already parsed ones against the budget', () => {
    // Blocks 0–4 were parsed before; 250 characters allow blocks 5, 6 and 7 (the one that crosses).
    expect(markdownLimit(blocks(1000, 1000, 1000, 1000, 1000, 100, 100, 100, 100), 5, 250)).toBe(8);
  });

  it('always adds at least one block, even one larger than the budget', () => {
    expect(markdownLimit(blocks(50_000, 10), 0, 1000)).toBe(1);
    expect(markdownLimit(blocks(10, 50_000, 10), 1, 1000)).toBe(2);
  });

  it('follows a text that got shorter (a new run)', () => {
    expect(markdownLimit(blocks(0), 40, 1000)).toBe(1);
    expect(markdownLimit(blocks(10, 10), 40, 1000)).toBe(2);
  });

  it('catches up over successive renders', () => {
    const long = blocks(...Array.from({ length: 100 }, () => 200));
    let parsed = 0;
    let renders = 0;
    while (parsed < long.length) {
      parsed = markdownLimit(long, parsed, 2000);
      renders++;
    }
    expect(renders).toBe(10);
  });
});
