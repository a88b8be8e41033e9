/**
 * Splits Markdown into top-level blocks at blank lines that are not inside a fenced code block.
 * Streaming text only ever grows at its end, so every block but the last is final: the renderer
 * memoizes those and re-parses only the last one per frame.
 */
export function splitMarkdownBlocks(text: string): string[] {
  const blocks: string[] = [];
  let fence: string | null = null;
  let start = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker) {
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
        fence = null;
    } else if (fence === null && line.trim() === '' && lineStart > start) {
      const block = text.slice(start, lineStart);
      if (block.trim()) blocks.push(block);
      start = lineEnd + 1;
    }
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
  }
  const last = text.slice(start);
  if (last.trim() || blocks.length === 0) blocks.push(last);
  return blocks;
}
