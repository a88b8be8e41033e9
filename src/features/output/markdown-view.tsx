import { memo, useMemo, useState } from 'react';
import { MarkdownStream, type MarkdownBlock } from '../../core/markdown/markdown-stream';
import { ChunkGroups } from './chunked-text';
import { MarkdownChunk } from './markdown-chunk';

/**
 * Model text as Markdown, without executing anything (see `markdownToSafeHtml`). Drawn as frozen
 * blocks and chunks (`MarkdownStream`): per frame only the live chunk at the end is parsed again,
 * whatever the shape of the answer, and groups scrolled out of view skip layout and paint
 * (`content-visibility`), yet the whole answer stays one text to select and find.
 */
export function MarkdownView({ text }: { text: string }) {
  const [stream] = useState(() => new MarkdownStream());
  const { blocks } = useMemo(() => stream.update(text), [stream, text]);
  return (
    <div className="markdown leading-relaxed break-words">
      {blocks.map((group, i) => (
        <BlockGroup key={i} blocks={group} frozen={i < blocks.length - 1} />
      ))}
    </div>
  );
}

const BlockGroup = memo(function BlockGroup({
  blocks,
  frozen,
}: {
  blocks: readonly MarkdownBlock[];
  frozen: boolean;
}) {
  return (
    <div className={frozen ? 'md-group md-frozen' : 'md-group'}>
      {blocks.map((block) => (
        <BlockView key={block.id} block={block} />
      ))}
    </div>
  );
});

const BlockView = memo(function BlockView({ block }: { block: MarkdownBlock }) {
  if (block.kind === 'fence') {
    const language = block.head.replace(/[^\w+#-]/g, '');
    return (
      <pre>
        <code className={language ? `language-${language}` : undefined}>
          <ChunkGroups groups={block.chunks} strip={block.indent} />
        </code>
      </pre>
    );
  }
  // A table's later chunks repeat its head, so each renders as a table with the same columns.
  const head = block.kind === 'table' ? block.head : '';
  return (
    <div className="md-block">
      {block.chunks.map((group, i) => (
        <ChunkGroup key={i} chunks={group} head={head} first={i === 0} frozen={i < block.chunks.length - 1} />
      ))}
    </div>
  );
});

const ChunkGroup = memo(function ChunkGroup({
  chunks,
  head,
  first,
  frozen,
}: {
  chunks: readonly string[];
  /** Put before every chunk but the block's first (which holds it already). */
  head: string;
  /** This is the block's first group. */
  first: boolean;
  frozen: boolean;
}) {
  return (
    <div className={frozen ? 'md-frozen' : undefined}>
      {chunks.map((chunk, i) => (
        <MarkdownChunk key={i} text={first && i === 0 ? chunk : head + chunk} />
      ))}
    </div>
  );
});
