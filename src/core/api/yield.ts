/**
 * Ends the current task so the browser can render, handle input and run timers, then resumes.
 * A MessageChannel message is the cheapest plain macrotask (setTimeout(0) is clamped to 1–4 ms).
 * Not `scheduler.yield()`: its continuations outrank rendering, and in the 100k-delta benchmark
 * Chromium then drew 8 frames a second instead of 20.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close(); // an open port would keep Node's event loop alive
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
