import { describe, expect, it } from 'vitest';
import { CHUNK_CHARS, MarkdownStream, type MarkdownSnapshot } from './markdown-stream';

const blocks = (snapshot: MarkdownSnapshot) =>
  snapshot.blocks.flat().map((b) => ({ kind: b.kind, head: b.head, chunks: b.chunks.flat() }));
const once = (text: string) => blocks(new MarkdownStream().update(text));

/** Feeds `text` in pieces of `step` characters and returns every snapshot. */
function fed(text: string, step: number): MarkdownSnapshot[] {
  const stream = new MarkdownStream();
  const snapshots: MarkdownSnapshot[] = [];
  for (let i = step; i < text.length + step; i += step) snapshots.push(stream.update(text.slice(0, i)));
  return snapshots;
}

const sentences = (n: number) =>
  Array.from({ length: n }, (_, i) => `Sentence ${i} says *something* with \`code ${i}\` in it.`).join(' ');

describe('MarkdownStream', () => {
  it('splits paragraphs at blank lines and keeps fences whole', () => {
    expect(once('# Title\n\nOne\ntwo\n\n\n\nThree')).toEqual([
      { kind: 'paragraph', head: '', chunks: ['# Title\n'] },
      { kind: 'paragraph', head: '', chunks: ['One\ntwo\n'] },
      { kind: 'paragraph', head: '', chunks: ['Three'] },
    ]);
    expect(once('Intro\n\n```js\nconst a = 1;\n\nconst b = 2;\n```\nAfter')).toEqual([
      { kind: 'paragraph', head: '', chunks: ['Intro\n'] },
      { kind: 'fence', head: 'js', chunks: ['const a = 1;\n\nconst b = 2;\n'] },
      { kind: 'paragraph', head: '', chunks: ['After'] },
    ]);
  });

  it('a fence interrupts a paragraph; a longer closing fence closes, another character does not', () => {
    expect(once('Text\n~~~\n```\n\n~~~~\nX').map((b) => [b.kind, b.chunks])).toEqual([
      ['paragraph', ['Text\n']],
      ['fence', ['```\n\n']],
      ['paragraph', ['X']],
    ]);
  });

  it('keeps an unclosed fence open to the end, and a fence inside a list item in the list', () => {
    expect(once('A\n\n```\ncode\n\nmore').at(-1)).toEqual({
      kind: 'fence',
      head: '',
      chunks: ['code\n\nmore'],
    });
    expect(once('- item\n  ```\n  a\n\n  b\n  ```\n- next')).toEqual([
      { kind: 'list', head: '', chunks: ['- item\n  ```\n  a\n\n  b\n  ```\n- next'] },
    ]);
  });

  it('cuts a long paragraph into chunks at sentence ends, never inside a code span', () => {
    const text = sentences(400);
    const chunks = once(text)[0]?.chunks ?? [];
    expect(chunks.length).toBeGreaterThan(4);
    expect(chunks.join('')).toBe(text);
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.length).toBeGreaterThanOrEqual(CHUNK_CHARS);
      expect(chunk.length).toBeLessThan(2 * CHUNK_CHARS);
      expect(chunk).toMatch(/\. $/);
      expect((chunk.match(/`/g) ?? []).length % 2).toBe(0);
    }
  });

  it('cuts a list before its own items, a table before rows (repeating its head), code at lines', () => {
    const list = Array.from({ length: 300 }, (_, i) => `${i + 1}. item ${i}\n   more of item ${i}\n`).join(
      '',
    );
    for (const chunk of once(list)[0]?.chunks ?? []) expect(chunk).toMatch(/^\d+\. item/);
    const table = `| a | b |\n|---|---|\n${'| 1 | 2 |\n'.repeat(800)}`;
    const [tableBlock] = once(table);
    expect(tableBlock?.kind).toBe('table');
    expect(tableBlock?.head).toBe('| a | b |\n|---|---|\n');
    expect(tableBlock?.chunks.length).toBeGreaterThan(2);
    const code = `\`\`\`ts\n${'const value = compute(1, 2, 3);\n'.repeat(1000)}\`\`\`\n`;
    const [fence] = once(code);
    expect(fence?.chunks.join('')).toBe('const value = compute(1, 2, 3);\n'.repeat(1000));
    for (const chunk of fence?.chunks ?? []) expect(chunk.endsWith('\n')).toBe(true);
  });

  it('cuts one endless line without spaces too', () => {
    const chunks = once('x'.repeat(50_000))[0]?.chunks ?? [];
    expect(chunks.join('')).toBe('x'.repeat(50_000));
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(8 * CHUNK_CHARS);
  });

  it('gives the same blocks however the text arrives, and never changes a finished chunk', () => {
    const text = [
      sentences(120),
      '',
      '```py\n' + 'print("hello world")\n'.repeat(400) + '```',
      '- a\n- b\n  continued',
      '| x |\n|---|\n' + '| 1 |\n'.repeat(600),
      '> quoted\n> more',
      sentences(60).replace(/\. /g, '.\n'),
    ].join('\n\n');
    const expected = once(text);
    for (const step of [3, 61, 333, 5000]) {
      const snapshots = fed(text, step);
      expect(blocks(snapshots.at(-1)!)).toEqual(expected);
      const finalChunks = snapshots
        .at(-1)!
        .blocks.flat()
        .map((b) => b.chunks.flat());
      for (const snapshot of snapshots.filter((_, i) => i % 40 === 0)) {
        const all = snapshot.blocks.flat();
        all.forEach((block, b) => {
          const chunks = block.chunks.flat();
          // Every chunk but the live last one of the last block is already final.
          const finished = b === all.length - 1 ? chunks.slice(0, -1) : chunks;
          finished.forEach((chunk, c) => expect(chunk).toBe(finalChunks[b]?.[c]));
        });
      }
    }
  });

  it('keeps full groups as the same arrays, and starts over on a text that does not continue', () => {
    const stream = new MarkdownStream();
    const text = Array.from({ length: 100 }, (_, i) => `Paragraph ${i}.`).join('\n\n');
    const first = stream.update(text);
    const second = stream.update(`${text} More.`);
    expect(second.blocks[0]).toBe(first.blocks[0]);
    expect(stream.update(text)).not.toBe(second);
    expect(blocks(stream.update('New'))).toEqual([{ kind: 'paragraph', head: '', chunks: ['New'] }]);
  });
});
