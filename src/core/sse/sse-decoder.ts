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

  function feed(chunk: string): void {
    if (chunk.length === 0) return;
    lastWasCr = chunk.charCodeAt(chunk.length - 1) === CR;
    parser.feed(chunk);
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
