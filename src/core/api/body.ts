/**
 * Reading a response body: an abort-aware reader, and sniffing what the body really is. Relays lie
 * about content-type (JSON errors as text/event-stream, SSE as application/json, HTML error pages),
 * so the first non-whitespace bytes decide, and content-type only breaks ties.
 */

export type BodyKind = 'sse' | 'json' | 'html' | 'text' | 'empty';

export interface BodyReader {
  /** The next chunk; null at EOF or once the signal fired. Rejects when the connection breaks. */
  read(): Promise<Uint8Array | null>;
  /** Stops reading and releases the connection (also after EOF; harmless). */
  cancel(): void;
}

/**
 * Wraps `body` so that an abort ends a pending read even when the fetch implementation does not tie
 * the body to the signal (test doubles, some polyfills): cancelling the reader resolves it as done.
 */
export function readBody(body: ReadableStream<Uint8Array> | null, signal: AbortSignal): BodyReader {
  if (!body) return { read: () => Promise.resolve(null), cancel: () => undefined };
  const reader = body.getReader();
  const cancel = (): void => {
    signal.removeEventListener('abort', cancel);
    reader.cancel().catch(() => undefined);
  };
  signal.addEventListener('abort', cancel, { once: true });
  return {
    async read() {
      if (signal.aborted) return null;
      const { done, value } = await reader.read();
      if (done || signal.aborted) {
        signal.removeEventListener('abort', cancel);
        return null;
      }
      return value;
    },
    cancel,
  };
}

const SSE_STARTS = ['data:', 'data\n', 'data\r', 'event:', 'id:', 'retry:'];
const LONGEST_START = 6;

/**
 * Decides what a body is from its first bytes. Returns undefined while more bytes are needed.
 *
 * @param head the body's first bytes (at least everything read so far)
 * @param contentType the response's content-type, lowercased
 * @param eof no more bytes will come
 */
export function sniffBody(head: Uint8Array, contentType: string, eof: boolean): BodyKind | undefined {
  const sseType = contentType.includes('text/event-stream');
  let i = 0;
  if (head[0] === 0xef) {
    if (head.length < 3 && !eof) return undefined;
    if (head[1] === 0xbb && head[2] === 0xbf) i = 3;
  }
  // SSE may open with blank lines; JSON with whitespace.
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09))
    i++;
  if (i === head.length) return eof ? (sseType ? 'sse' : 'empty') : undefined;
  const first = head[i];
  if (first === 0x7b || first === 0x5b) return 'json'; // { [
  if (first === 0x3c) return 'html'; // <
  if (first === 0x3a || sseType) return 'sse'; // : (a comment line)
  const word = String.fromCharCode(...head.subarray(i, i + LONGEST_START));
  if (SSE_STARTS.some((start) => word.startsWith(start))) return 'sse';
  const couldStillMatch = SSE_STARTS.some((start) => start.startsWith(word));
  if (couldStillMatch && !eof) return undefined;
  return contentType.includes('json') ? 'json' : 'text';
}

/** Joins chunks into one array (only used for the few chunks read while sniffing). */
export function concatBytes(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
