/**
 * Indents JSON while it streams (function-call arguments), in O(new text) per update: a small state
 * machine over the characters, no parsing. For valid JSON the result has the layout of
 * `JSON.stringify(value, null, 2)` with every token as received (numbers and escapes untouched);
 * for anything else it still shows every character, just indented as well as it can.
 */
export class PrettyJsonStream {
  #raw = '';
  #out = '';
  #depth = 0;
  #inString = false;
  #escape = false;
  /** A line break (and indent) is owed before the next token: after `{`, `[` or `,`. */
  #owed = false;

  /** The indented text of `raw`. `raw` extending the last one costs only the new part. */
  update(raw: string): string {
    if (raw === this.#raw) return this.#out;
    if (raw.length < this.#raw.length || !raw.startsWith(this.#raw)) this.#reset();
    for (let i = this.#raw.length; i < raw.length; i++) this.#char(raw[i] ?? '');
    this.#raw = raw;
    return this.#out;
  }

  #reset(): void {
    this.#raw = this.#out = '';
    this.#depth = 0;
    this.#inString = this.#escape = this.#owed = false;
  }

  #char(c: string): void {
    if (this.#inString) {
      this.#out += c;
      if (this.#escape) this.#escape = false;
      else if (c === '\\') this.#escape = true;
      else if (c === '"') this.#inString = false;
      return;
    }
    switch (c) {
      case ' ':
      case '\t':
      case '\n':
      case '\r':
        return;
      case '{':
      case '[':
        this.#token(c);
        this.#depth++;
        this.#owed = true;
        return;
      case '}':
      case ']':
        this.#depth = Math.max(0, this.#depth - 1);
        // Nothing since the opening bracket: `{}` stays on one line.
        if (this.#owed) this.#owed = false;
        else this.#out += `\n${'  '.repeat(this.#depth)}`;
        this.#out += c;
        return;
      case ',':
        this.#out += c;
        this.#owed = true;
        return;
      case ':':
        this.#out += ': ';
        return;
      case '"':
        this.#token(c);
        this.#inString = true;
        return;
      default:
        this.#token(c);
    }
  }

  #token(c: string): void {
    if (this.#owed) {
      this.#out += `\n${'  '.repeat(this.#depth)}`;
      this.#owed = false;
    }
    this.#out += c;
  }
}
