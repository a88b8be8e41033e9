import { err, ok, type Result } from '../result';
import { said, type Said } from '../said';

/** The words of one shell command line, and whether something after it (a pipe, `;`, `>`) was dropped. */
export interface ShellWords {
  words: string[];
  truncated: boolean;
}

const ANSI_C: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

/**
 * Splits a pasted command into words the way a POSIX shell would, without expanding anything:
 * `'…'` (literal), `"…"` (backslash escapes `" \ $ \``), `$'…'` (ANSI-C escapes), backslash escapes,
 * and line continuations (`\` at the end of a line; `^` too, as Windows' cmd writes them). `$VAR`
 * stays as written. Reading stops at an unquoted `|`, `;`, `&` or `>`, or a `#` comment.
 */
export function splitShellWords(text: string): Result<ShellWords, Said> {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  const end = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '\\' || c === '^') {
      const next = text.slice(i + 1).match(/^\r?\n/);
      if (next) {
        i += 1 + next[0].length; // line continuation
        continue;
      }
      if (c === '^') {
        word += c;
        inWord = true;
        i++;
        continue;
      }
      if (i + 1 < text.length) word += text.charAt(i + 1);
      inWord = true;
      i += 2;
    } else if (/\s/.test(c)) {
      end();
      i++;
    } else if (c === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0) return err(said('curl', 'unclosedSingle'));
      word += text.slice(i + 1, close);
      inWord = true;
      i = close + 1;
    } else if (c === '$' && text.charAt(i + 1) === "'") {
      const read = ansiC(text, i + 2);
      if (!read) return err(said('curl', 'unclosedAnsi'));
      word += read.value;
      inWord = true;
      i = read.next;
    } else if (c === '"') {
      const read = doubleQuoted(text, i + 1);
      if (!read) return err(said('curl', 'unclosedDouble'));
      word += read.value;
      inWord = true;
      i = read.next;
    } else if ('|;&>'.includes(c) || (c === '#' && !inWord)) {
      end();
      return ok({ words, truncated: text.slice(i).trim() !== '' && c !== '#' });
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  end();
  return ok({ words, truncated: false });
}

function doubleQuoted(text: string, start: number): { value: string; next: number } | undefined {
  let value = '';
  for (let i = start; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"') return { value, next: i + 1 };
    if (c === '\\' && i + 1 < text.length) {
      const n = text.charAt(i + 1);
      if (n === '\n') {
        i++;
        continue;
      }
      if ('"\\$`'.includes(n)) {
        value += n;
        i++;
        continue;
      }
    }
    value += c;
  }
  return undefined;
}

function ansiC(text: string, start: number): { value: string; next: number } | undefined {
  let value = '';
  for (let i = start; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === "'") return { value, next: i + 1 };
    if (c !== '\\') {
      value += c;
      continue;
    }
    const n = text.charAt(i + 1);
    const hex = /^(?:x([0-9a-fA-F]{1,2})|u([0-9a-fA-F]{1,4})|U([0-9a-fA-F]{1,8}))/.exec(text.slice(i + 1));
    if (hex) {
      const code = parseInt(hex[1] ?? hex[2] ?? hex[3] ?? '0', 16);
      value += code <= 0x10ffff ? String.fromCodePoint(code) : '';
      i += hex[0].length;
    } else {
      value += ANSI_C[n] ?? `\\${n}`;
      i++;
    }
  }
  return undefined;
}
