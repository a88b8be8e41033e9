import { applyEdits, createScanner, format } from 'jsonc-parser';

/** Valid JSON without insignificant whitespace; every token (number, string escape) kept as written. */
export function minifyJson(json: string): string {
  const scanner = createScanner(json, true);
  let out = '';
  // Only the end-of-text token is empty (SyntaxKind is an ambient const enum, unusable here).
  for (scanner.scan(); scanner.getTokenLength() > 0; scanner.scan()) {
    out += json.slice(scanner.getTokenOffset(), scanner.getTokenOffset() + scanner.getTokenLength());
  }
  return out;
}

/** Valid JSON re-indented with 2 spaces and a final newline, literals untouched (as the editor shows it). */
export function prettyJson(json: string): string {
  const compact = minifyJson(json);
  return `${applyEdits(compact, format(compact, undefined, { tabSize: 2, insertSpaces: true, eol: '\n' }))}\n`;
}
