/**
 * Test helpers for replaying byte streams at awkward chunk boundaries. Used by the SSE and API tests;
 * not imported by app code.
 */

/** Mulberry32: a tiny seeded PRNG so random splits are reproducible from the seed in a failure. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Builds bytes from UTF-8 strings and raw byte arrays, e.g. `bytes([0xef, 0xbb, 0xbf], 'data: x')`. */
export function bytes(...parts: (string | number[])[]): Uint8Array {
  const encoder = new TextEncoder();
  const pieces = parts.map((p) => (typeof p === 'string' ? encoder.encode(p) : Uint8Array.from(p)));
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of pieces) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Splits into chunks of `size` bytes (the last one shorter). */
export function splitEvery(data: Uint8Array, size: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < data.length; i += size) chunks.push(data.subarray(i, i + size));
  return chunks;
}

/** Splits at random points, sometimes inserting empty chunks. */
export function splitRandomly(data: Uint8Array, random: () => number, maxSize = 9): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let i = 0;
  while (i < data.length) {
    if (random() < 0.1) chunks.push(new Uint8Array(0));
    const size = 1 + Math.floor(random() * maxSize);
    chunks.push(data.subarray(i, i + size));
    i += size;
  }
  return chunks;
}

/** The chunkings every case is replayed at: sizes 1, 2, 3, 7, whole, and `randomRuns` seeded splits. */
export function chunkings(
  data: Uint8Array,
  randomRuns = 20,
  seed = 1,
): { name: string; chunks: Uint8Array[] }[] {
  const out = [1, 2, 3, 7].map((size) => ({ name: `size ${size}`, chunks: splitEvery(data, size) }));
  out.push({ name: 'whole', chunks: [data] });
  for (let run = 0; run < randomRuns; run++) {
    const s = seed * 1000 + run;
    out.push({ name: `random seed ${s}`, chunks: splitRandomly(data, seededRandom(s)) });
  }
  return out;
}

/** A body stream that delivers the given chunks, then closes (or errors, when `failWith` is set). */
export function streamOf(chunks: Uint8Array[], failWith?: Error): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[i++];
      if (chunk) controller.enqueue(chunk);
      else if (failWith) controller.error(failWith);
      else controller.close();
    },
  });
}
