/*
 * Syntax highlighting for the Code dialog, loaded only when the dialog opens: Monaco's own
 * colorizer (the request editor already ships Monaco, so no second highlighter is bundled) with the
 * Monarch grammars of the offered languages, each of which loads its rules on first use.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/cpp/register';
import 'monaco-editor/languages/definitions/csharp/register';
import 'monaco-editor/languages/definitions/go/register';
import 'monaco-editor/languages/definitions/java/register';
import 'monaco-editor/languages/definitions/javascript/register';
import 'monaco-editor/languages/definitions/php/register';
import 'monaco-editor/languages/definitions/powershell/register';
import 'monaco-editor/languages/definitions/python/register';
import 'monaco-editor/languages/definitions/ruby/register';
import 'monaco-editor/languages/definitions/rust/register';
import 'monaco-editor/languages/definitions/shell/register';
import 'monaco-editor/languages/definitions/swift/register';

/**
 * HTML for `code` in Monaco's light theme. Monaco escapes the text itself (every character ends up
 * as a text node or an entity), so the result is safe to set as innerHTML.
 */
export async function colorize(code: string, language: string): Promise<string> {
  const html = await monaco.editor.colorize(code, language, { tabSize: 4 });
  // Monaco writes spaces as no-break spaces; copied by selection they would break a shell command.
  // The <pre> keeps ordinary spaces as they are.
  return html.replace(/&nbsp;|&#160;|\u00a0/g, ' ');
}
