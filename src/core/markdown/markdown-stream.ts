/**
 * Streaming Markdown, split so that drawing it costs O(new text) per update whatever its shape.
 *
 * The text is cut into top-level blocks at blank lines outside fences (and where a fence
 * interrupts a paragraph), and every block into chunks of about `CHUNK_CHARS`, cut only where each
 * chunk still renders as the same Markdown (see `cutsBefore`; a single endless line is cut after a
 * sentence or a space, outside code spans). Finished blocks and chunks never change again; only the
 * last chunk of the last block is live. Each update scans only the text added since the last one.
 */
import { FrozenGroups } from './frozen-groups';
import {
  backtickParity,
  closesFence,
  cutsBefore,
  endsSentence,
  isBlank,
  isCjkStop,
  isHighSurrogate,
  isTableDelimiter,
  kindOfLine,
  openingFence,
  type BlockKind,
  type Fence,
} from './markdown-lines';

export type { BlockKind } from './markdown-lines';

export interface MarkdownBlock {
  /** Position in the text (0, 1, …): a stable key. */
  readonly id: number;
  readonly kind: BlockKind;
  /** Fence: its language; table: the header and delimiter rows, to repeat before later chunks. */
  readonly head: string;
  /** Fence: the spaces before the opening fence, taken off each code line. */
  readonly indent: number;
  /** The block in chunks (Markdown source; a fence's code lines), grouped; the last may be live. */
  readonly chunks: readonly (readonly string[])[];
}

export interface MarkdownSnapshot {
  /** The blocks in groups; full groups are the same arrays from update to update. */
  readonly blocks: readonly (readonly MarkdownBlock[])[];
}

/** Characters per finished chunk of Markdown; code chunks are twice as long (no parsing needed). */
export const CHUNK_CHARS = 2048;
const GROUP = 32;
/** A partial first line this long shows what block it starts (fence and list markers are short). */
const KNOWN_KIND_AT = 16;

/** Paragraphs and code are cut inside a long line too; other blocks only between lines. */
const cutsMidLine = (open: OpenBlock): boolean =>
  open.kind === 'fence' || (open.kind === 'paragraph' && open.fence === undefined);

interface OpenBlock {
  id: number;
  kind: BlockKind;
  head: string;
  indent: number;
  /** kind fence: its own fence; otherwise a fence nested in a list item (no cuts inside). */
  fence?: Fence;
  start: number;
  /** Complete lines so far (0: started from a partial line). */
  lines: number;
  firstLine: string;
  chunks: FrozenGroups<string>;
  chunkStart: number;
  /** Backtick parity of the text before chunkStart: a cut is clean where the parity is the same. */
  chunkTicks: number;
}

/** One streaming text. `update` with a longer text goes on; any other text starts over. */
export class MarkdownStream {
  #text = '';
  /** Start of the first incomplete line, and the backtick parity of everything before it. */
  #pos = 0;
  #ticks = 0;
  #newlineFrom = 0;
  /** How far the incomplete line was scanned for mid-line cuts, with the parity there. */
  #scan = 0;
  #scanTicks = 0;
  #sentenceCut = -1;
  #spaceCut = -1;
  #blocks = new FrozenGroups<MarkdownBlock>(GROUP);
  #open: OpenBlock | undefined;
  #nextId = 0;
  #snapshot: MarkdownSnapshot = { blocks: [] };

  update(text: string): MarkdownSnapshot {
    if (text === this.#text) return this.#snapshot;
    if (text.length < this.#text.length || !text.startsWith(this.#text)) this.#reset();
    this.#text = text;
    for (let end = text.indexOf('\n', this.#newlineFrom); end !== -1; end = text.indexOf('\n', this.#pos)) {
      this.#line(this.#pos, end);
      this.#pos = end + 1;
      this.#scan = this.#pos;
      this.#scanTicks = this.#ticks;
      this.#sentenceCut = this.#spaceCut = -1;
    }
    this.#newlineFrom = text.length;
    this.#partialLine();
    this.#publish();
    return this.#snapshot;
  }

  #reset(): void {
    this.#text = '';
    this.#pos = this.#ticks = this.#newlineFrom = this.#scan = this.#scanTicks = 0;
    this.#sentenceCut = this.#spaceCut = -1;
    this.#blocks = new FrozenGroups<MarkdownBlock>(GROUP);
    this.#open = undefined;
    this.#nextId = 0;
  }

  #line(start: number, end: number): void {
    const raw = this.#text.slice(start, end);
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const open = this.#open;
    const ticksBefore = this.#ticks;
    // Scanned while incomplete: its line-start cut was decided then (same as in one go).
    const touched = this.#scan > start;
    this.#ticks ^= backtickParity(line, 0, line.length);
    if (open?.kind === 'fence' && open.fence) {
      if (closesFence(line, open.fence)) return void this.#finish(open, start);
      if (!touched) this.#cutAtLineStart(open, start, ticksBefore);
      return void this.#cutLongLine(open, end);
    }
    if (isBlank(line)) {
      if (open && !open.fence) this.#finish(open, start);
      return;
    }
    const fence = openingFence(line);
    if (!open) {
      const started = this.#start(start, end, line, fence);
      return void this.#cutLongLine(started, end);
    }
    if (open.lines++ === 0) {
      open.firstLine = line;
      return void this.#cutLongLine(open, end);
    }
    if (fence && !open.fence) {
      if (open.kind === 'paragraph' || open.kind === 'table' || fence.indent === 0) {
        this.#finish(open, start);
        this.#start(start, end, line, fence);
      } else open.fence = fence;
      return;
    }
    if (open.fence) {
      if (closesFence(line, open.fence)) open.fence = undefined;
      return;
    }
    const firstChunk = open.chunkStart === open.start;
    if (
      open.kind === 'paragraph' &&
      open.lines === 2 &&
      firstChunk &&
      isTableDelimiter(open.firstLine, line)
    ) {
      open.kind = 'table';
      open.head = this.#text.slice(open.start, end + 1);
    } else if (!touched && cutsBefore(open.kind, open.indent, line)) {
      this.#cutAtLineStart(open, start, ticksBefore);
    }
    this.#cutLongLine(open, end);
  }

  #start(start: number, end: number, line: string, fence: Fence | undefined): OpenBlock {
    const base = {
      id: this.#nextId++,
      start,
      lines: 1,
      firstLine: line,
      chunks: new FrozenGroups<string>(GROUP),
    };
    this.#open = fence
      ? {
          ...base,
          kind: 'fence',
          head: fence.info,
          indent: fence.indent,
          fence,
          chunkStart: end + 1,
          chunkTicks: 0,
        }
      : { ...base, ...kindOfLine(line), head: '', chunkStart: start, chunkTicks: this.#ticks };
    return this.#open;
  }

  /** The incomplete last line: maybe start its block, and cut it if it is very long. */
  #partialLine(): void {
    const text = this.#text;
    if (this.#pos === text.length) return;
    let open = this.#open;
    if (!open) {
      const head = text.slice(this.#pos, this.#pos + KNOWN_KIND_AT);
      if (head.length < KNOWN_KIND_AT || isBlank(head) || /^ {0,3}[`~]/.test(head)) return;
      open = this.#open = {
        id: this.#nextId++,
        ...kindOfLine(head),
        head: '',
        start: this.#pos,
        lines: 0,
        firstLine: '',
        chunks: new FrozenGroups<string>(GROUP),
        chunkStart: this.#pos,
        chunkTicks: this.#ticks,
      };
    }
    if (!cutsMidLine(open)) return;
    if (this.#scan === this.#pos && open.start !== this.#pos)
      this.#cutAtLineStart(open, this.#pos, this.#ticks);
    this.#cutLongLine(open, text.length);
  }

  /** A cut before the line at `start` once the live chunk is long enough (outside code spans). */
  #cutAtLineStart(open: OpenBlock, start: number, ticks: number): void {
    const code = open.kind === 'fence';
    const size = code ? 2 * CHUNK_CHARS : CHUNK_CHARS;
    if (start - open.chunkStart >= size && (code || ticks === open.chunkTicks)) this.#cut(open, start, ticks);
  }

  /**
   * Scans the current line up to `to`, noting clean cut points (after a space; after a sentence),
   * and cuts at the last one whenever the live chunk reaches two chunk sizes (with none by four,
   * anywhere). Depends only on the text, never on how it arrived.
   */
  #cutLongLine(open: OpenBlock, to: number): void {
    if (!cutsMidLine(open)) return;
    const text = this.#text;
    const code = open.kind === 'fence';
    const size = code ? 2 * CHUNK_CHARS : CHUNK_CHARS;
    let ticks = this.#scanTicks;
    for (let i = Math.max(this.#scan, open.chunkStart); i < to; i++) {
      const c = text.charCodeAt(i);
      const length = i + 1 - open.chunkStart;
      if (c === 96) ticks ^= 1;
      else if (length >= size && (code || ticks === open.chunkTicks)) {
        if (c === 32 || c === 9) {
          this.#spaceCut = i + 1;
          if (endsSentence(text.charCodeAt(i - 1))) this.#sentenceCut = i + 1;
        } else if (isCjkStop(c)) this.#sentenceCut = i + 1;
      }
      if (length < 2 * size) continue;
      let at = code || this.#sentenceCut < 0 ? this.#spaceCut : this.#sentenceCut;
      let atTicks = open.chunkTicks;
      if (at < 0) {
        if (length < 4 * size) continue;
        at = open.chunkStart + 2 * size;
        if (isHighSurrogate(text.charCodeAt(at - 1))) at--;
        atTicks = open.chunkTicks ^ backtickParity(text, open.chunkStart, at);
      }
      this.#cut(open, at, atTicks);
      i = at - 1;
      ticks = atTicks;
    }
    this.#scan = to;
    this.#scanTicks = ticks;
  }

  #cut(open: OpenBlock, at: number, ticks: number): void {
    open.chunks.push(this.#text.slice(open.chunkStart, at));
    open.chunkStart = at;
    open.chunkTicks = ticks;
    this.#sentenceCut = this.#spaceCut = -1;
  }

  #finish(open: OpenBlock, end: number): void {
    if (end > open.chunkStart) open.chunks.push(this.#text.slice(open.chunkStart, end));
    open.chunks.setLive(undefined);
    this.#blocks.push(Object.freeze(this.#blockOf(open)));
    this.#open = undefined;
  }

  #blockOf(open: OpenBlock): MarkdownBlock {
    return {
      id: open.id,
      kind: open.kind,
      head: open.head,
      indent: open.indent,
      chunks: open.chunks.groups(),
    };
  }

  #publish(): void {
    const open = this.#open;
    const text = this.#text;
    if (open) {
      const tail = text.slice(open.chunkStart);
      open.chunks.setLive(tail === '' ? undefined : tail);
      this.#blocks.setLive(this.#blockOf(open));
    } else if (!isBlank(text.slice(this.#pos))) {
      // Too short to know what it starts yet: plain paragraph text until its line is known.
      const live = {
        id: this.#nextId,
        kind: 'paragraph',
        head: '',
        indent: 0,
        chunks: [[text.slice(this.#pos)]],
      };
      this.#blocks.setLive(live as MarkdownBlock);
    } else this.#blocks.setLive(undefined);
    this.#snapshot = { blocks: this.#blocks.groups() };
  }
}
