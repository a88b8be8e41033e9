/**
 * Bytes → Server-Sent Events messages, per the WHATWG "Parsing an event stream" rules.
 *
 * eventsource-parser does the line and field work (it is linear-time: partial lines are kept as a
 * list of fragments and joined once a line ending arrives). This wrapper adds what the library
 * leaves to its caller or gets wrong relative to WHATWG (checked against eventsource-parser 3.1.1):
 *
 * 1. Decoding. One streaming TextDecoder (`{stream: true}`) turns bytes into text, so characters split
 *    across chunks survive, invalid bytes become U+FFFD, and one UTF-8 BOM is stripped at stream start
 *    only (also when split across chunks). A UTF-16 BOM is not honoured, as WHATWG requires.
 * 2. The library's own BOM check compares the first chunk's char codes with 0xEF 0xBB 0xBF, i.e. it
 *    would strip the *text* "ï»¿" from a correctly decoded stream. Feeding an empty first chunk
 *    disarms that check.
 * 3. A CR as the very last character of the stream is a complete line ending, but the library holds
 *    a trailing CR back waiting for a possible LF. At EOF we feed that LF (CR LF is one line ending).
 * 4. An event whose blank line never arrived is discarded (WHATWG), but reported by `end()` so the UI
 *    can flag a stream that stopped mid-event. The library has no way to expose it, so `end()` feeds
 *    two line endings in "EOF mode" and captures whatever would dispatch instead of delivering it.
 * 5. Last event ID. The library reports only an `id` set in the same block and forgets it afterwards;
 *    WHATWG keeps the last event ID until changed. We carry it forward. Known gap: an `id:` in a block
 *    that has no data is never reported by the library, so it is not seen here. Responses never uses
 *    ids (they exist for EventSource reconnection), so this only affects the debug view.
 *
 * 6. Fast path (performance). Most of a Responses stream is LF-framed blocks of an `event:` line and
 *    one `data:` line. While the library holds nothing (all text fed so far ended in "\n\n"), blocks
 *    found with `indexOf("\n\n")` on the chunk that are exactly that (or the `data:` line alone) are
 *    dispatched here without the library's per-line work; any other block, any chunk with a CR and
 *    any unfinished tail go to the library unchanged, so every other framing behaves as before. A "\n\n" always ends an
 *    event whatever came before it (the second LF cannot be half of a CRLF), so after one the library
 *    is idle again and the fast path resumes.
 *
 * Not fixed (performance note): the library's CR-aware branch searches for CR and for LF from each
 * line start, so a single chunk mixing many LF-only lines with a CR near its end is scanned
 * repeatedly. Streams are LF- or CRLF-framed in practice, where both searches stop at the next line.
 */
import { createParser, type EventSourceMessage } from 'eventsource-parser';

/** One dispatched event. `event` is undefined for the default type ("message"). */
export interface SseMessage {
  event?: string;
  data: string;
  /** The last event ID in effect (WHATWG), undefined when none or empty. */
  id?: string;
}

export interface SseHandlers {
  /** Called synchronously from `push`/`end`, in stream order. Must not throw. */
  onMessage: (message: SseMessage) => void;
  /** A comment line (`: keep-alive`), without the colon and one optional leading space. */
  onComment?: (text: string) => void;
  /** A valid `retry:` field (ASCII digits only). */
  onRetry?: (ms: number) => void;
}

export interface SseEnd {
  /** Data of an event that had data lines but no terminating blank line at EOF; it was not dispatched. */
  discardedTail?: string;
}

export interface SseDecoder {
  /** Feeds the next network chunk (any size, including empty). Ignored after `end()`. */
  push(bytes: Uint8Array): void;
  /** Signals EOF: flushes the decoder and reports an event discarded for lack of a blank line. */
  end(): SseEnd;
}

const CR = 13;
const LF = 10;
const SPACE = 32;

/**
 * Creates a streaming SSE decoder. Feed it chunks with `push` and call `end` once at EOF.
 * Handlers run synchronously inside `push`/`end`.
 */
export function createSseDecoder(handlers: SseHandlers): SseDecoder {
  // Default options: UTF-8, replacement on errors, BOM stripped once at the start of the stream.
  const text = new TextDecoder();
  const { onMessage, onComment, onRetry } = handlers;
  let lastId: string | undefined;
  let lastWasCr = false;
  let atEof = false;
  let ended = false;
  let discardedTail: string | undefined;

  const parser = createParser({
    onEvent(message: EventSourceMessage) {
      if (message.id !== undefined) lastId = message.id;
      if (atEof) {
        discardedTail = message.data;
        return;
      }
      // Reuse the library's object instead of allocating another one per event.
      message.id = lastId === '' ? undefined : lastId;
      onMessage(message);
    },
    onComment: onComment && ((comment: string) => atEof || onComment(comment)),
    onRetry: onRetry && ((ms: number) => atEof || onRetry(ms)),
  });
  parser.feed(''); // see (2) above

  // (6): true while the library holds no partial line or event, i.e. all text fed ended in "\n\n".
  let idle = true;
  let lastFedLf = false;

  /** Hands text to the library; it may stop mid-event, so the fast path waits for the next "\n\n". */
  function feedLibrary(part: string): void {
    parser.feed(part);
    idle = false;
    lastFedLf = part.charCodeAt(part.length - 1) === LF;
  }

  /**
   * Dispatches the block `chunk[start, end)` (its "\n\n" at `end`) when it is an optional `event:`
   * line and one `data:` line, as the library would; false for any other block.
   */
  function dispatchSimpleBlock(chunk: string, start: number, end: number): boolean {
    let event: string | undefined;
    let line = start;
    if (chunk.startsWith('event:', start)) {
      const eol = chunk.indexOf('\n', start);
      if (eol === end) return false;
      event = chunk.slice(chunk.charCodeAt(start + 6) === SPACE ? start + 7 : start + 6, eol) || undefined;
      line = eol + 1;
    }
    if (end - line < 5 || !chunk.startsWith('data:', line) || chunk.indexOf('\n', line) !== end) return false;
    const data = chunk.slice(chunk.charCodeAt(line + 5) === SPACE ? line + 6 : line + 5, end);
    onMessage({ data, event, id: lastId === '' ? undefined : lastId });
    return true;
  }

  function feed(chunk: string): void {
    if (chunk.length === 0) return;
    lastWasCr = chunk.charCodeAt(chunk.length - 1) === CR;
    let pos = 0;
    if (!idle) {
      // The library is mid-event: it gets everything up to the end of that event.
      if (lastFedLf && chunk.charCodeAt(0) === LF) {
        pos = 1;
      } else {
        const blank = chunk.indexOf('\n\n');
        if (blank === -1) {
          feedLibrary(chunk);
          return;
        }
        pos = blank + 2;
      }
      parser.feed(pos === chunk.length ? chunk : chunk.slice(0, pos));
      idle = true;
    }
    if (chunk.indexOf('\r', pos) !== -1) {
      feedLibrary(chunk.slice(pos));
      return;
    }
    for (let end = chunk.indexOf('\n\n', pos); end !== -1; end = chunk.indexOf('\n\n', pos)) {
      if (!dispatchSimpleBlock(chunk, pos, end)) parser.feed(chunk.slice(pos, end + 2));
      pos = end + 2;
    }
    if (pos < chunk.length) feedLibrary(chunk.slice(pos));
  }

  return {
    push(bytes) {
      if (!ended) feed(text.decode(bytes, { stream: true }));
    },
    end() {
      if (ended) return {};
      ended = true;
      feed(text.decode());
      if (lastWasCr) parser.feed('\n'); // see (3)
      atEof = true;
      parser.feed('\n\n'); // see (4)
      return discardedTail === undefined ? {} : { discardedTail };
    },
  };
}
