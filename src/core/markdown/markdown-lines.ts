/** What one line of Markdown starts, as far as splitting a stream into blocks needs to know. */

export type BlockKind = 'paragraph' | 'list' | 'quote' | 'table' | 'fence';

export interface Fence {
  indent: number;
  char: string;
  length: number;
  /** The info string's first word: the code's language. */
  info: string;
}

const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const LIST_ITEM = /^( {0,3})(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const QUOTE = /^ {0,3}>/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

export const isBlank = (line: string): boolean => /^[ \t]*$/.test(line);

/** The fence a line opens, if it opens one (a backtick fence's info string has no backtick). */
export function openingFence(line: string): Fence | undefined {
  const match = FENCE_OPEN.exec(line);
  const marker = match?.[2];
  if (!match || !marker) return undefined;
  const rest = match[3] ?? '';
  if (marker[0] === '`' && rest.includes('`')) return undefined;
  return {
    indent: match[1]?.length ?? 0,
    char: marker[0] ?? '`',
    length: marker.length,
    info: rest.trim().split(/\s+/)[0] ?? '',
  };
}

/** A closing fence: the same character, at least as long, nothing after it but spaces. */
export function closesFence(line: string, fence: Fence): boolean {
  const marker = FENCE_CLOSE.exec(line)?.[1];
  return marker !== undefined && marker[0] === fence.char && marker.length >= fence.length;
}

/** The kind of block a (non-blank, non-fence) first line starts, and its list indent. */
export function kindOfLine(line: string): { kind: BlockKind; indent: number } {
  const item = LIST_ITEM.exec(line);
  if (item) return { kind: 'list', indent: item[1]?.length ?? 0 };
  return { kind: QUOTE.test(line) ? 'quote' : 'paragraph', indent: 0 };
}

/** Whether `line` is the second line of a table whose first line is `first`. */
export const isTableDelimiter = (first: string, line: string): boolean =>
  first.includes('|') && line.includes('-') && TABLE_DELIMITER.test(line);

/**
 * Whether a block of `kind` may be cut into chunks before `line`, each chunk still rendering as
 * the same Markdown: any line of a paragraph or table (rows), a new item of a list at the list's own
 * indent, a new `>` line of a quote.
 */
export function cutsBefore(kind: BlockKind, indent: number, line: string): boolean {
  switch (kind) {
    case 'paragraph':
    case 'table':
    case 'fence':
      return true;
    case 'list': {
      const item = LIST_ITEM.exec(line);
      return item !== null && (item[1]?.length ?? 0) <= indent;
    }
    case 'quote':
      return QUOTE.test(line);
  }
}

/** Parity (0/1) of the backticks in `text[from, to)`: an odd count means an open code span. */
export function backtickParity(text: string, from: number, to: number): number {
  let parity = 0;
  for (let i = text.indexOf('`', from); i !== -1 && i < to; i = text.indexOf('`', i + 1)) parity ^= 1;
  return parity;
}

/** A sentence ends before this character (".", "!", "?", ":", ";" or a CJK full stop). */
export const endsSentence = (code: number): boolean =>
  code === 46 || code === 33 || code === 63 || code === 58 || code === 59;

/** CJK sentence ends, after which a cut needs no space. */
export const isCjkStop = (code: number): boolean => code === 0x3002 || code === 0xff01 || code === 0xff1f;

export const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
