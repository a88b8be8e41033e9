// Installed with addInitScript before any page script runs; the browser bench reads `window.__bench`.
// Records: the Send click time, when the Output status first reads a final word, long tasks, and
// (paced mode) when each marker ⟦n⟧ arrives over the network and when it first shows in Output.
(() => {
  const options = window.__benchOptions || {};
  const probe = {
    clickAt: undefined,
    endedAt: undefined,
    /** When Output first contained options.finalText (checked from the end of the run on). */
    finalTextAt: undefined,
    /** Animation frames between the click and the end, and the longest gap between two of them. */
    frames: 0,
    maxFrameGap: 0,
    endStatus: undefined,
    longTasks: [],
    arrivals: {},
    shown: {},
  };
  window.__bench = probe;
  const MARKER = /⟦(\d+)⟧/g;
  const FINAL = /\b(completed|incomplete|failed|cancelled)\b/;

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    probe.longTasks = null; // not supported: reported as such
  }

  // Capture phase on window: runs before React's handler for the same click.
  window.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (probe.clickAt === undefined && button && button.textContent.trim() === 'Send')
        probe.clickAt = performance.now();
    },
    true,
  );

  const check = () => {
    if (probe.clickAt === undefined) return;
    const output = document.querySelector('section[aria-label="Output"]');
    if (!output) return;
    let now = performance.now();
    // The end is taken once the final DOM is laid out (a forced layout, once per end mark), as the
    // bare page's one write is: both clocks include showing the text, neither the paint after it.
    const laidOut = () => {
      void output.offsetHeight;
      return performance.now();
    };
    if (probe.endedAt === undefined) {
      const status = output.querySelector('[role="status"]');
      const word = status && FINAL.exec(status.textContent || '');
      if (word) {
        now = laidOut();
        probe.endedAt = now;
        probe.endStatus = word[1];
      }
    }
    if (probe.endedAt !== undefined && probe.finalTextAt === undefined && options.finalText) {
      // The whole answer is there, and rendered: no block still waiting to become Markdown.
      const pending = output.querySelector('[data-markdown-pending]');
      if (!pending && (output.textContent || '').includes(options.finalText)) probe.finalTextAt = laidOut();
    }
    if (options.markers) {
      for (const match of (output.textContent || '').matchAll(MARKER)) probe.shown[match[1]] ??= now;
    }
  };
  let lastFrame;
  const frame = (time) => {
    if (probe.clickAt !== undefined && (probe.endedAt === undefined || time <= probe.endedAt)) {
      probe.frames++;
      if (lastFrame !== undefined) probe.maxFrameGap = Math.max(probe.maxFrameGap, time - lastFrame);
      lastFrame = time;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  const observe = () =>
    new MutationObserver(check).observe(document.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  if (document.documentElement) observe();
  else document.addEventListener('DOMContentLoaded', observe);

  // Paced mode: tee the streamed body of matching requests and note when each marker arrives.
  if (options.teeUrl) {
    const originalFetch = window.fetch;
    window.fetch = async (input, init) => {
      const response = await originalFetch(input, init);
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (!url.includes(options.teeUrl) || !response.body) return response;
      const [forApp, forProbe] = response.body.tee();
      void (async () => {
        const reader = forProbe.getReader();
        const decoder = new TextDecoder();
        let buffer = '';
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          const now = performance.now();
          buffer += decoder.decode(value, { stream: true });
          let end = 0;
          for (const match of buffer.matchAll(MARKER)) {
            probe.arrivals[match[1]] ??= now;
            end = match.index + match[0].length;
          }
          const open = buffer.lastIndexOf('⟦');
          buffer = open >= end ? buffer.slice(open) : '';
        }
      })();
      return new Response(forApp, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    };
  }
})();
