import { describe, expect, it } from 'vitest';
import { TEXT_CHUNK_CHARS, TextChunks } from './text-chunks';

describe('TextChunks', () => {
  it('cuts after line breaks, then spaces, then anywhere, and joins back to the text', () => {
    const lines = 'a line of reasoning text\n'.repeat(2000);
    const words = 'word '.repeat(10_000);
    const solid = 'x'.repeat(60_000);
    for (const text of [lines, words, solid]) {
      const chunks = new TextChunks().update(text).flat();
      expect(chunks.join('')).toBe(text);
      expect(chunks.length).toBeGreaterThan(3);
      for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeLessThanOrEqual(2 * TEXT_CHUNK_CHARS);
    }
    for (const chunk of new TextChunks().update(lines).flat().slice(0, -1))
      expect(chunk.endsWith('\n')).toBe(true);
  });

  it('gives the same chunks however the text arrives', () => {
    const text = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? `line ${i}\n` : `word${i} `)).join('');
    const expected = new TextChunks().update(text).flat();
    for (const step of [5, 97, 4000]) {
      const chunks = new TextChunks();
      let last: readonly (readonly string[])[] = [];
      for (let i = step; i < text.length + step; i += step) last = chunks.update(text.slice(0, i));
      expect(last.flat()).toEqual(expected);
    }
  });

  it('starts over on a text that does not continue the last one', () => {
    const chunks = new TextChunks();
    chunks.update('first text');
    expect(chunks.update('second').flat()).toEqual(['second']);
    expect(chunks.update('').flat()).toEqual([]);
  });
});
