import { memo, useMemo, useState } from 'react';
import { TextChunks } from '../../core/markdown/text-chunks';

/**
 * A growing plain text drawn in fixed-size chunks (block-level spans): finished chunks are frozen
 * DOM, only the last one changes, so a long text costs O(new text) per frame. Put it inside an
 * element with `white-space: pre-wrap` (or `pre`); selection, copy and find see one text.
 */
export function ChunkedText({ text }: { text: string }) {
  const [chunks] = useState(() => new TextChunks());
  const groups = useMemo(() => chunks.update(text), [chunks, text]);
  return <ChunkGroups groups={groups} />;
}

/** Groups of text chunks; every full group but the last is frozen (and skipped when off screen). */
export function ChunkGroups({ groups, strip }: { groups: readonly (readonly string[])[]; strip?: number }) {
  return groups.map((group, i) => (
    <TextGroup key={i} chunks={group} frozen={i < groups.length - 1} strip={strip ?? 0} />
  ));
}

const TextGroup = memo(function TextGroup({
  chunks,
  frozen,
  strip,
}: {
  chunks: readonly string[];
  frozen: boolean;
  strip: number;
}) {
  return (
    <span className={frozen ? 'block md-frozen' : 'block'}>
      {chunks.map((chunk, i) => (
        <TextChunk key={i} text={chunk} strip={strip} />
      ))}
    </span>
  );
});

const TextChunk = memo(function TextChunk({ text, strip }: { text: string; strip: number }) {
  return <span className="block">{strip > 0 ? stripIndent(text, strip) : text}</span>;
});

/** Removes up to `spaces` leading spaces from every line (a fence's own indent, per CommonMark). */
function stripIndent(text: string, spaces: number): string {
  return text.replace(new RegExp(`^ {1,${spaces}}`, 'gm'), '');
}
