import { memo, useEffect, useMemo, useState } from 'react';
import { loadedMarkdownRenderer, loadMarkdownRenderer } from './markdown-renderer';
import { recordParseTime, takeParseBudget, waitForParseBudget } from './parse-budget';

/**
 * One chunk of model Markdown as HTML (safe: see `markdownToSafeHtml`). Memoized by its text, so a
 * finished chunk renders once; a chunk over this task's budget shows as plain text and becomes
 * Markdown in a later frame.
 */
export const MarkdownChunk = memo(function MarkdownChunk({ text }: { text: string }) {
  const [render, setRender] = useState(loadedMarkdownRenderer);
  const [ready, setReady] = useState(false);
  const now = render !== undefined && (ready || takeParseBudget(text.length));
  if (now && !ready) setReady(true);
  useEffect(() => {
    if (render) return;
    let current = true;
    void loadMarkdownRenderer().then((loaded) => current && setRender(() => loaded));
    return () => {
      current = false;
    };
  }, [render]);
  const chars = text.length;
  useEffect(() => {
    if (now || !render) return;
    return waitForParseBudget(chars, () => setReady(true));
  }, [now, render, chars]);
  const html = useMemo(() => {
    if (!now || !render) return '';
    const start = performance.now();
    const out = render(text);
    recordParseTime(text.length, performance.now() - start);
    return out;
  }, [now, render, text]);
  if (!now) {
    // The attribute lets tests and the benchmark wait until every chunk is Markdown.
    return (
      <div className="md-chunk whitespace-pre-wrap" data-markdown-pending="">
        {text}
      </div>
    );
  }
  return <div className="md-chunk" dangerouslySetInnerHTML={{ __html: html }} />;
});
