/**
 * Best-effort parsing of JSON that is still streaming (function-call arguments), so the output
 * pane can show `{"city": "Par` as `{city: "Par"}` instead of raw text. Written here rather than
 * taken from npm: it is small, and the exact truncation rules matter to what the user sees.
 */

/** Thrown inside the parser when the text is not a prefix of any JSON document. */
class NotJson extends Error {}

/** Marks "the text ended before this value started". */
const NOTHING = Symbol('nothing');

/**
 * Parse `text` as JSON; if it is an incomplete prefix of JSON, parse what is there: open strings,
 * arrays and objects are closed, a truncated number or literal (`tru`) is completed or dropped, and a
 * dangling key or trailing comma is dropped. Returns undefined for empty text and for text that can
 * never become JSON (`{"a" 1`).
 */
export function parsePartialJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not complete JSON: fall through to the tolerant parser.
  }
  try {
    const parser = new PartialParser(text);
    const value = parser.value();
    if (value === NOTHING) return undefined;
    parser.expectEnd();
    return value;
  } catch (error) {
    if (error instanceof NotJson) return undefined;
    throw error;
  }
}

const NUMBER_CHARS = /-?\d*(?:\.\d*)?(?:[eE][+-]?\d*)?/y;

/** A quoted JSON string literal (quotes included) decoded; bad escapes or raw controls are not JSON. */
function decodeString(literal: string): string {
  try {
    return JSON.parse(literal) as string;
  } catch {
    throw new NotJson();
  }
}

class PartialParser {
  #pos = 0;
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
  }

  /** True once the input ran out: every caller then unwinds, closing what is open. */
  get ended(): boolean {
    return this.#pos >= this.#text.length;
  }

  expectEnd(): void {
    this.#skipSpace();
    if (!this.ended) throw new NotJson();
  }

  /** The next value, or NOTHING when the text ends before it starts. */
  value(): unknown {
    this.#skipSpace();
    if (this.ended) return NOTHING;
    const c = this.#text[this.#pos];
    if (c === '{') return this.#object();
    if (c === '[') return this.#array();
    if (c === '"') return this.#string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.#number();
    return this.#literal();
  }

  #skipSpace(): void {
    while (!this.ended && ' \t\n\r'.includes(this.#text[this.#pos] as string)) this.#pos++;
  }

  #object(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.#pos++; // {
    for (;;) {
      this.#skipSpace();
      if (this.ended) return out;
      if (this.#text[this.#pos] === '}') return (this.#pos++, out);
      if (this.#text[this.#pos] !== '"') throw new NotJson();
      const key = this.#string();
      this.#skipSpace();
      if (this.ended) return out; // dangling key
      if (this.#text[this.#pos] !== ':') throw new NotJson();
      this.#pos++;
      const value = this.value();
      if (value === NOTHING) return out; // key with no value yet
      out[key] = value;
      this.#skipSpace();
      if (this.ended) return out;
      const c = this.#text[this.#pos++];
      if (c === '}') return out;
      if (c !== ',') throw new NotJson();
    }
  }

  #array(): unknown[] {
    const out: unknown[] = [];
    this.#pos++; // [
    for (;;) {
      this.#skipSpace();
      if (this.ended) return out;
      if (this.#text[this.#pos] === ']') return (this.#pos++, out);
      const value = this.value();
      if (value === NOTHING) return out; // trailing comma
      out.push(value);
      this.#skipSpace();
      if (this.ended) return out;
      const c = this.#text[this.#pos++];
      if (c === ']') return out;
      if (c !== ',') throw new NotJson();
    }
  }

  /** A string; if the text ends inside it, the part before any half-written escape. */
  #string(): string {
    const start = this.#pos;
    let i = start + 1;
    let safe = i; // end of the last complete character or escape
    while (i < this.#text.length) {
      const c = this.#text[i];
      if (c === '"') {
        this.#pos = i + 1;
        return decodeString(this.#text.slice(start, i + 1));
      }
      if (c === '\\') {
        const width = this.#text[i + 1] === 'u' ? 6 : 2;
        if (i + width > this.#text.length) break;
        i += width;
      } else {
        i++;
      }
      safe = i;
    }
    this.#pos = this.#text.length;
    return decodeString(`${this.#text.slice(start, safe)}"`);
  }

  #number(): number | typeof NOTHING {
    // Sticky regex: match in place, without copying the rest of the text.
    NUMBER_CHARS.lastIndex = this.#pos;
    const token = NUMBER_CHARS.exec(this.#text)?.[0] ?? '';
    this.#pos += token.length;
    // While streaming, "12." or "1e" may still be growing; show the longest valid prefix.
    const valid = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(token)?.[0];
    if (valid === undefined) {
      if (this.ended) return NOTHING;
      throw new NotJson();
    }
    if (valid.length < token.length && !this.ended) throw new NotJson();
    return Number(valid);
  }

  #literal(): boolean | null {
    const rest = this.#text.slice(this.#pos, this.#pos + 5);
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (rest.startsWith(word)) return ((this.#pos += word.length), value);
      // A prefix that runs to the end of the text ("tru") is that literal still arriving.
      if (this.#pos + rest.length === this.#text.length && word.startsWith(rest) && rest !== '') {
        this.#pos = this.#text.length;
        return value;
      }
    }
    throw new NotJson();
  }
}
