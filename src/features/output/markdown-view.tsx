import { memo, useEffect, useMemo, useState } from 'react';
import Markdown, { defaultUrlTransform, type Components } from 'react-markdown';
import { splitMarkdownBlocks } from '../../core/markdown/split-blocks';
import { markdownLimit } from './markdown-budget';

/** Only these schemes become links; anything else (javascript:, data:, vbscript:) is dropped. */
const SAFE_URL = /^(https?:|mailto:|#)/i;

function safeUrl(url: string): string {
  const cleaned = defaultUrlTransform(url);
  return SAFE_URL.test(cleaned) ? cleaned : '';
}

const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  // Model output never makes the page load anything from another host: images stay links.
  img: ({ src, alt }) =>
    typeof src === 'string' && src ? (
      <a href={src} target="_blank" rel="noopener noreferrer nofollow">
        [image: {alt || src}]
      </a>
    ) : (
      <span>[image: {alt}]</span>
    ),
};

const MarkdownBlock = memo(function MarkdownBlock({ text }: { text: string }) {
  return (
    <Markdown skipHtml urlTransform={safeUrl} components={components}>
      {text}
    </Markdown>
  );
});

/** Not parsed yet: the raw text, shown until a later frame renders it as Markdown. */
const PendingBlock = memo(function PendingBlock({ text }: { text: string }) {
  // The attribute lets tests and the benchmark wait until every block is Markdown.
  return (
    <div className="whitespace-pre-wrap" data-markdown-pending="">
      {text}
    </div>
  );
});

/**
 * Model text as Markdown, without executing anything: raw HTML is skipped, unsafe links dropped.
 * Rendered block by block so a growing answer re-parses only its last block; new blocks beyond the
 * per-render budget show as plain text and become Markdown over the next frames.
 */
export function MarkdownView({ text }: { text: string }) {
  const blocks = useMemo(() => splitMarkdownBlocks(text), [text]);
  // Blocks [0, parsed) were rendered as Markdown by an earlier render.
  const [parsed, setParsed] = useState(0);
  const limit = markdownLimit(blocks, parsed);
  // Caught up: remember it now (state derived during render; React re-runs only this function).
  if (limit === blocks.length && limit !== parsed) setParsed(limit);
  useEffect(() => {
    if (limit >= blocks.length) return;
    const advance = () => setParsed(limit);
    const frame = requestAnimationFrame(advance);
    const timer = setTimeout(advance, 250); // a hidden tab gets no frames
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [limit, blocks.length]);
  return (
    // content-visibility: blocks scrolled out of view skip layout and painting (~12 % of the main
    // thread while a 100k-delta answer streams); the size stays reserved once a block was drawn.
    <div className="markdown leading-relaxed break-words *:[contain-intrinsic-size:auto_3lh] *:[content-visibility:auto]">
      {blocks.map((block, i) =>
        i < limit ? <MarkdownBlock key={i} text={block} /> : <PendingBlock key={i} text={block} />,
      )}
    </div>
  );
}
