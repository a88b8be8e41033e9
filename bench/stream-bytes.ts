/**
 * The benchmark stream: the demo backend's own answer to a 100k-delta request, so the Node figures
 * and the browser figures measure the same bytes the app sees in `npm start`.
 */
import { createDemoBackend } from '../server/demo';

export const DELTAS = 100_000;

/** The request the browser bench puts in the editor; also used to generate the Node input. */
export function longStreamRequest(deltas = DELTAS): Record<string, unknown> {
  return {
    model: 'gpt-4.1',
    input: 'Benchmark: stream a long answer.',
    stream: true,
    metadata: { demo_pace_ms: '0', demo_deltas: String(deltas) },
  };
}

/** The complete SSE body for `longStreamRequest(deltas)`, as bytes. */
export async function longStreamBytes(deltas = DELTAS): Promise<Uint8Array> {
  const demo = createDemoBackend({ basePath: '/demo' });
  const response = await demo(
    new Request('http://bench.invalid/demo/v1/responses', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(longStreamRequest(deltas)),
    }),
  );
  if (!response.ok) throw new Error(`demo backend answered ${response.status}: ${await response.text()}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Cuts bytes into separate chunks of `size` bytes (own buffers, like network reads). */
export function chunked(bytes: Uint8Array, size: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.slice(i, i + size));
  return chunks;
}

/** A fresh body stream over the chunks, one chunk per read. */
export function chunkStream(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[i++];
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
  });
}
