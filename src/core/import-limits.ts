/**
 * The one bound every importer applies before parsing text from outside (deep and share links,
 * preset files, history files, curl commands, the request editor): its size, and how deeply its
 * arrays and objects nest. Parsers and renderers recurse (jsonc-parser, JSON.stringify, the tool
 * builder, the output tree), so a 100 000-level request would throw a RangeError deep inside one of
 * them; checked here, it is a message for an alert instead.
 */
import { err, ok, type Result } from './result';

export const IMPORT_LIMITS = {
  /** Deepest nesting of arrays and objects. Real requests, schemas and histories stay far below. */
  maxDepth: 100,
  /** Default largest text, in UTF-16 code units; importers with their own limit pass it. */
  maxChars: 5_000_000,
} as const;

/** Why a text is beyond the bounds. */
export interface ImportProblem {
  message: string;
  /** Which bound, with its values: callers word it in their own table of messages. */
  kind: 'tooLarge' | 'tooDeep';
  /** The text's length (tooLarge). */
  count?: number;
  /** The bound: characters (tooLarge) or levels (tooDeep). */
  max: number;
  /** Where the nesting went too deep (UTF-16 offset), when that is the problem. */
  offset?: number;
}

/**
 * The offset of the first `[` or `{` (outside strings) that opens level `maxDepth + 1`, or -1.
 * A linear scan that never recurses, so any text can be checked. Not a JSON validator: a broken
 * text passes here and fails in the parser with a position.
 */
export function tooDeepAt(text: string, maxDepth: number = IMPORT_LIMITS.maxDepth): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return i;
    } else if (c === 0x5d || c === 0x7d) depth = Math.max(0, depth - 1);
  }
  return -1;
}

/**
 * Checks imported text against the bounds: at most `maxChars` characters and, when `json`, nesting
 * at most `maxDepth` levels. `what` names the text in the message ("The link", "The file").
 */
export function checkImportedText(
  text: string,
  what: string,
  {
    maxChars = IMPORT_LIMITS.maxChars,
    maxDepth = IMPORT_LIMITS.maxDepth,
    json = true,
  }: { maxChars?: number; maxDepth?: number; json?: boolean } = {},
): Result<string, ImportProblem> {
  if (text.length > maxChars)
    return err({
      message: `${what} is too large (${text.length} characters; at most ${maxChars}).`,
      kind: 'tooLarge',
      count: text.length,
      max: maxChars,
    });
  if (!json) return ok(text);
  const at = tooDeepAt(text, maxDepth);
  if (at >= 0)
    return err({
      message: `${what} nests arrays and objects more than ${maxDepth} levels deep.`,
      kind: 'tooDeep',
      max: maxDepth,
      offset: at,
    });
  return ok(text);
}
