import { FrozenGroups } from './frozen-groups';
import { isHighSurrogate } from './markdown-lines';

/** Characters per finished chunk of plain text. */
export const TEXT_CHUNK_CHARS = 4096;
const GROUP = 32;

/**
 * A growing plain text (reasoning, function-call arguments, code) in fixed-size chunks, so drawing
 * it costs O(new text) per update: a chunk ends after a line break once it is `TEXT_CHUNK_CHARS`
 * long, after a space within twice that, or anywhere within four times. Finished chunks never
 * change; the last one is live. `update` with a longer text goes on; any other text starts over.
 */
export class TextChunks {
  #text = '';
  #chunks = new FrozenGroups<string>(GROUP);
  #start = 0;
  #scan = 0;
  #space = -1;

  /** The chunks in groups; full groups are the same arrays from update to update. */
  update(text: string): readonly (readonly string[])[] {
    if (text !== this.#text) {
      if (text.length < this.#text.length || !text.startsWith(this.#text)) this.#reset();
      this.#text = text;
      this.#scanNew();
      this.#chunks.setLive(this.#start < text.length ? text.slice(this.#start) : undefined);
    }
    return this.#chunks.groups();
  }

  #reset(): void {
    this.#chunks = new FrozenGroups<string>(GROUP);
    this.#start = this.#scan = 0;
    this.#space = -1;
  }

  #scanNew(): void {
    const text = this.#text;
    for (let i = this.#scan; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const length = i + 1 - this.#start;
      if (length < TEXT_CHUNK_CHARS) continue;
      if (c === 10) {
        this.#cut(i + 1);
        continue;
      }
      if (c === 32 || c === 9) this.#space = i + 1;
      if (length >= 2 * TEXT_CHUNK_CHARS && this.#space > this.#start) {
        const at = this.#space;
        this.#cut(at);
        i = at - 1;
      } else if (length >= 4 * TEXT_CHUNK_CHARS) {
        let at = this.#start + 2 * TEXT_CHUNK_CHARS;
        if (isHighSurrogate(text.charCodeAt(at - 1))) at--;
        this.#cut(at);
        i = at - 1;
      }
    }
    this.#scan = text.length;
  }

  #cut(at: number): void {
    this.#chunks.push(this.#text.slice(this.#start, at));
    this.#start = at;
    this.#space = -1;
  }
}
