/**
 * The Markdown renderer (`marked`) in its own chunk: the first paint never waits for it, and it is
 * fetched once the page is idle (or when the first answer needs it, whichever comes first).
 */
type Render = (markdown: string) => string;

let render: Render | undefined;
let loading: Promise<Render> | undefined;

/** Starts loading the renderer (once); resolves with it. */
export function loadMarkdownRenderer(): Promise<Render> {
  loading ??= import('../../core/markdown/render-html').then((m) => (render = m.markdownToSafeHtml));
  return loading;
}

/** The renderer if it has loaded, else undefined. */
export const loadedMarkdownRenderer = (): Render | undefined => render;
