/**
 * Reads generated code back the way each language's lexer would, for the languages this machine
 * cannot run: finds comments and string literals, decodes each literal by that language's rules
 * (written from the language references, independently of the encoders in literals.ts), and throws on
 * anything that would interpolate or that the compiler would refuse. What remains outside the
 * literals is the code's skeleton: hostile values must leave it unchanged. Test-only.
 */

export interface Scanned {
  /** The code with every (concatenated) literal replaced by `⟨S⟩`. */
  skeleton: string;
  /** Every literal's value, decoded. */
  literals: string[];
}

type Decoder = (body: string) => string;

interface Language {
  lineComments: string[];
  blockComment?: [string, string];
  /** Recognises a literal starting at `code[i]` and returns its value and length, or undefined. */
  literal: (code: string, i: number) => { value: string; end: number } | undefined;
  /** Operator that joins literals into one value (`+` in PowerShell's `'a' + [char]0x1 + 'b'`). */
  join?: RegExp;
}

const cp = (hex: string) => {
  const code = parseInt(hex, 16);
  if (!(code >= 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff))
    throw new Error(`invalid code point \\u${hex}`);
  return String.fromCodePoint(code);
};
const utf8 = (bytes: number[]) => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));

/**
 * A backslash-escape decoder: `simple` maps one character to its value; `forms` are regexes tried at
 * the character after the backslash, returning code points or raw bytes. Bytes are collected and
 * decoded as UTF-8 (C and Go octal/hex escapes are bytes).
 */
function backslash(
  simple: Record<string, string>,
  forms: [RegExp, (m: RegExpExecArray) => string | number[]][],
  unknown: 'throw' | 'keep' = 'throw',
): Decoder {
  return (body) => {
    let out = '';
    let bytes: number[] = [];
    const flush = () => {
      if (bytes.length) out += utf8(bytes);
      bytes = [];
    };
    for (let i = 0; i < body.length;) {
      const c = body.charAt(i);
      if (c !== '\\') {
        flush();
        const char = String.fromCodePoint(body.codePointAt(i) ?? 0);
        out += char;
        i += char.length;
        continue;
      }
      const next = body.charAt(i + 1);
      const named = simple[next];
      if (named !== undefined) {
        flush();
        out += named;
        i += 2;
        continue;
      }
      const rest = body.slice(i + 1);
      const form = forms.map(([re, f]) => [re.exec(rest), f] as const).find(([m]) => m);
      if (form?.[0]) {
        const value = form[1](form[0]);
        if (typeof value === 'string') {
          flush();
          out += value;
        } else bytes.push(...value);
        i += 1 + form[0][0].length;
      } else if (unknown === 'keep') {
        flush();
        out += '\\';
        i += 1;
      } else throw new Error(`invalid escape \\${next}`);
    }
    flush();
    return out;
  };
}

const byte = (m: RegExpExecArray, radix: number) => [parseInt(m[1] ?? '', radix)];
const point = (m: RegExpExecArray) => cp(m[1] ?? '');
const C_SIMPLE = { n: '\n', r: '\r', t: '\t', '\\': '\\', '"': '"', "'": "'" };
const BELLS = { a: '\x07', b: '\b', f: '\f', v: '\v' };

/** A `"…"` literal with backslash escapes; `forbidden` inspects the raw body (interpolation). */
function quoted(decode: Decoder, forbidden?: (raw: string) => string | undefined, quote = '"') {
  return (code: string, i: number) => {
    if (code.charAt(i) !== quote) return undefined;
    let j = i + 1;
    while (j < code.length && code.charAt(j) !== quote) j += code.charAt(j) === '\\' ? 2 : 1;
    if (j >= code.length) throw new Error(`unclosed literal at ${i}`);
    const raw = code.slice(i + 1, j);
    const problem = forbidden?.(raw);
    if (problem) throw new Error(`${problem} in ${JSON.stringify(raw.slice(0, 80))}`);
    return { value: decode(raw), end: j + 1 };
  };
}

/** An unescaped `\` (an odd run of backslashes) right before `pattern`. */
const unescaped = (raw: string, pattern: string) => new RegExp(`(^|[^\\\\])(\\\\\\\\)*${pattern}`).test(raw);

const go = backslash({ ...C_SIMPLE, ...BELLS }, [
  [/^([0-7]{3})/, (m) => byte(m, 8)],
  [/^x([0-9a-fA-F]{2})/, (m) => byte(m, 16)],
  [/^u([0-9a-fA-F]{4})/, point],
  [/^U([0-9a-fA-F]{8})/, point],
]);
const c = backslash({ ...C_SIMPLE, ...BELLS, '?': '?' }, [
  [/^([0-7]{1,3})/, (m) => byte(m, 8)],
  [/^x([0-9a-fA-F]+)/, (m) => byte(m, 16)],
  [/^u([0-9a-fA-F]{4})/, point],
  [/^U([0-9a-fA-F]{8})/, point],
]);
const java = backslash({ ...C_SIMPLE, b: '\b', f: '\f', s: ' ' }, [
  [/^([0-3][0-7]{2}|[0-7]{1,2})/, (m) => String.fromCharCode(parseInt(m[1] ?? '', 8))],
]);
const rust = backslash({ ...C_SIMPLE, '0': '\0' }, [
  [/^x([0-7][0-9a-fA-F])/, (m) => String.fromCharCode(parseInt(m[1] ?? '', 16))],
  [/^u\{([0-9a-fA-F]{1,6})\}/, point],
]);
const csharp = backslash({ ...C_SIMPLE, ...BELLS, '0': '\0' }, [
  [/^u([0-9a-fA-F]{4})/, (m) => String.fromCharCode(parseInt(m[1] ?? '', 16))],
  [/^U([0-9a-fA-F]{8})/, point],
  [/^x([0-9a-fA-F]{1,4})/, (m) => String.fromCharCode(parseInt(m[1] ?? '', 16))],
]);
const swift = backslash({ ...C_SIMPLE, '0': '\0' }, [[/^u\{([0-9a-fA-F]{1,8})\}/, point]]);
const rubyDouble = backslash({ ...C_SIMPLE, ...BELLS, e: '\x1b', s: ' ', '#': '#', '0': '\0' }, [
  [/^u\{([0-9a-fA-F]{1,6})\}/, point],
  [/^u([0-9a-fA-F]{4})/, point],
  [/^x([0-9a-fA-F]{1,2})/, (m) => byte(m, 16)],
  [/^([0-7]{1,3})/, (m) => byte(m, 8)],
]);
const phpDouble = backslash(
  { n: '\n', r: '\r', t: '\t', v: '\v', e: '\x1b', f: '\f', '\\': '\\', $: '$', '"': '"' },
  [
    [/^u\{([0-9a-fA-F]+)\}/, point],
    [/^([0-7]{1,3})/, (m) => byte(m, 8)],
    [/^x([0-9a-fA-F]{1,2})/, (m) => byte(m, 16)],
  ],
  'keep',
);
/** PHP and Ruby single quotes: only `\\` and `\'` are escapes; any other backslash is kept. */
const singleQuoted = backslash({ '\\': '\\', "'": "'" }, [], 'keep');

/** Java decodes `\uXXXX` (after an even run of backslashes) before lexing; so do we. */
export function javaUnicodePreprocess(code: string): string {
  return code.replace(/(\\+)u+([0-9a-fA-F]{4})/g, (all, slashes: string, hex: string) =>
    slashes.length % 2 === 1 ? slashes.slice(1) + String.fromCharCode(parseInt(hex, 16)) : all,
  );
}

/** PowerShell's single quotes: any of ' ‘ ’ ‚ ‛ closes, unless doubled. */
function powershellLiteral(code: string, i: number) {
  const isQuote = (ch: string) => "'\u2018\u2019\u201a\u201b".includes(ch) && ch !== '';
  const char = /^\[char\]0x([0-9A-Fa-f]{1,4})/.exec(code.slice(i));
  if (char) return { value: String.fromCharCode(parseInt(char[1] ?? '', 16)), end: i + char[0].length };
  if (code.charAt(i) === '"') throw new Error('PowerShell double-quoted (expanding) string');
  if (!isQuote(code.charAt(i))) return undefined;
  let value = '';
  for (let j = i + 1; j < code.length; j++) {
    const ch = code.charAt(j);
    if (!isQuote(ch)) value += ch;
    else if (isQuote(code.charAt(j + 1))) value += code.charAt(++j);
    else return { value, end: j + 1 };
  }
  throw new Error(`unclosed literal at ${i}`);
}

const phpInterpolates = (raw: string) =>
  unescaped(raw, '\\$[A-Za-z_{]') || /\{\$/.test(raw.replace(/\\\\/g, '')) ? 'PHP interpolation' : undefined;

export const LANGUAGES: Record<string, Language> = {
  go: { lineComments: ['//'], blockComment: ['/*', '*/'], literal: quoted(go) },
  java: { lineComments: ['//'], blockComment: ['/*', '*/'], literal: quoted(java) },
  c: {
    lineComments: ['//'],
    blockComment: ['/*', '*/'],
    literal: quoted(c, (raw) => (/\?\?[=/'()!<>-]/.test(raw) ? 'C trigraph' : undefined)),
  },
  rust: { lineComments: ['//'], literal: quoted(rust) },
  csharp: {
    lineComments: ['//'],
    literal: (code, i) => {
      if (code.charAt(i) === '"' && /[$@]/.test(code.charAt(i - 1))) throw new Error('C# $ or @ string');
      return quoted(csharp)(code, i);
    },
  },
  swift: {
    lineComments: ['//'],
    literal: quoted(swift, (raw) => (unescaped(raw, '\\\\\\(') ? 'Swift interpolation' : undefined)),
  },
  ruby: {
    lineComments: ['#'],
    literal: (code, i) =>
      quoted(rubyDouble, (raw) => (unescaped(raw, '#[{$@]') ? 'Ruby interpolation' : undefined))(code, i) ??
      quoted(singleQuoted, undefined, "'")(code, i),
  },
  php: {
    lineComments: ['//', '#'],
    blockComment: ['/*', '*/'],
    literal: (code, i) =>
      quoted(phpDouble, phpInterpolates)(code, i) ?? quoted(singleQuoted, undefined, "'")(code, i),
  },
  powershell: { lineComments: ['#'], literal: powershellLiteral, join: /^ \+ / },
};

/** Scans `code` as `language` (a key of {@link LANGUAGES}). */
export function scanLiterals(language: string, code: string): Scanned {
  const lang = LANGUAGES[language];
  if (!lang) throw new Error(`no scanner for ${language}`);
  const text = language === 'java' ? javaUnicodePreprocess(code) : code;
  let skeleton = '';
  const literals: string[] = [];
  let joining = false;
  for (let i = 0; i < text.length;) {
    const rest = text.slice(i, i + 4);
    if (lang.lineComments.some((m) => rest.startsWith(m))) {
      const end = text.indexOf('\n', i);
      skeleton += text.slice(i, end < 0 ? text.length : end);
      i = end < 0 ? text.length : end;
      continue;
    }
    if (lang.blockComment && rest.startsWith(lang.blockComment[0])) {
      const end = text.indexOf(lang.blockComment[1], i + 2);
      if (end < 0) throw new Error('unclosed comment');
      skeleton += text.slice(i, end + 2);
      i = end + 2;
      continue;
    }
    const literal = lang.literal(text, i);
    if (literal) {
      if (joining) literals[literals.length - 1] += literal.value;
      else {
        literals.push(literal.value);
        skeleton += '⟨S⟩';
      }
      i = literal.end;
      const join = lang.join?.exec(text.slice(i));
      joining = join !== null && join !== undefined && lang.literal(text, i + join[0].length) !== undefined;
      if (joining && join) i += join[0].length;
      continue;
    }
    skeleton += text.charAt(i);
    i++;
  }
  return { skeleton, literals };
}
