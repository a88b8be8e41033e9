import { memo, useMemo } from 'react';
import Markdown, { defaultUrlTransform, type Components } from 'react-markdown';
import { splitMarkdownBlocks } from '../../core/markdown/split-blocks';

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

/**
 * Model text as Markdown, without executing anything: raw HTML is skipped, unsafe links dropped.
 * Rendered block by block so a growing answer re-parses only its last block.
 */
export function MarkdownView({ text }: { text: string }) {
  const blocks = useMemo(() => splitMarkdownBlocks(text), [text]);
  return (
    <div className="markdown leading-relaxed break-words">
      {blocks.map((block, i) => (
        <MarkdownBlock key={i} text={block} />
      ))}
    </div>
  );
}
