import { describe, expect, it } from 'vitest';
import { splitMarkdownBlocks } from './split-blocks';

describe('splitMarkdownBlocks', () => {
  it('splits paragraphs at blank lines', () => {
    expect(splitMarkdownBlocks('# Title\n\nOne\ntwo\n\nThree')).toEqual(['# Title\n', 'One\ntwo\n', 'Three']);
  });

  it('keeps fenced code with blank lines in one block', () => {
    const text = 'Intro\n\n```js\nconst a = 1;\n\nconst b = 2;\n```\n\nAfter';
    expect(splitMarkdownBlocks(text)).toEqual([
      'Intro\n',
      '```js\nconst a = 1;\n\nconst b = 2;\n```\n',
      'After',
    ]);
  });

  it('keeps an unclosed fence open to the end (still streaming)', () => {
    expect(splitMarkdownBlocks('A\n\n```\ncode\n\nmore')).toEqual(['A\n', '```\ncode\n\nmore']);
  });

  it('a longer closing fence closes; a different fence char does not', () => {
    expect(splitMarkdownBlocks('~~~\n```\n\n~~~~\n\nX')).toEqual(['~~~\n```\n\n~~~~\n', 'X']);
  });

  it('collapses runs of blank lines and handles empty text', () => {
    expect(splitMarkdownBlocks('a\n\n\n\nb')).toEqual(['a\n', 'b']);
    expect(splitMarkdownBlocks('')).toEqual(['']);
  });

  it('earlier blocks are stable while the text grows', () => {
    const full = 'Para one.\n\n- item\n- item 2\n\n```py\nprint(1)\n```\n\nEnd.';
    const final = splitMarkdownBlocks(full);
    for (let i = 1; i < full.length; i++) {
      const partial = splitMarkdownBlocks(full.slice(0, i));
      for (let b = 0; b < partial.length - 1; b++) expect(partial[b]).toBe(final[b]);
    }
  });
});
