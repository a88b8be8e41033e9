/**
 * The one module that imports Monaco. Everything else gets it from here: the request editor
 * (through `@monaco-editor/react`) and the Code dialog's colorizer (through `loadColorizer`).
 *
 * Monaco is bundled from the `monaco-editor` package with local workers, and handed to
 * `@monaco-editor/react` with `loader.config({ monaco })`, so its loader never fetches Monaco from
 * a CDN: nothing comes from another host. Only the editor core, the contributions a JSON editor
 * uses, JSON language support and the Monarch grammars of the Code dialog's languages are imported
 * (editor.main would pull in every language and the LSP client). Loaded lazily, after first paint.
 */
import { loader } from '@monaco-editor/react';
export { default as MonacoEditor, type OnMount } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor/editor.api';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
// The editor features a JSON request editor needs, from Monaco's per-feature entry points. Left
// out on purpose: other languages' services, the LSP client, diff editor, code lens, inlay hints,
// rename/references/go-to-definition, color picker, GPU.
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/codeEditor/register';
import 'monaco-editor/editor/browser/coreCommands';
// Editing
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/caretOperations/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/dnd/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/lineSelection/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/wordPartOperations/register';
import 'monaco-editor/features/format/register';
// Language features the JSON worker drives: completion (with snippets), hover, problems, folding.
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/documentSymbols/register';
import 'monaco-editor/features/stickyScroll/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/links/register';
// Finding things, and keyboard and screen-reader use.
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/gotoLine/register';
import 'monaco-editor/features/quickCommand/register';
import 'monaco-editor/features/quickHelp/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/readOnlyMessage/register';
import 'monaco-editor/features/unicodeHighlighter/register';
import 'monaco-editor/features/unusualLineTerminators/register';
import 'monaco-editor/features/longLinesHelper/register';
// Grammars for the Code dialog's colorizer; each loads its rules on first use.
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
import { REQUEST_SCHEMA, REQUEST_SCHEMA_URI } from '../../core/request/request-schema';

export { monaco };

/** The request editor's model URI, which the request schema is attached to. */
export const REQUEST_MODEL_URI = 'inmemory://responses-playground/request.json';

let configured = false;

/** Workers, JSON settings and the React wrapper's loader, once; call before using Monaco. */
export function setupMonaco(): void {
  if (configured) return;
  configured = true;
  self.MonacoEnvironment = {
    getWorker(_workerId: string, label: string): Worker {
      return label === 'json' ? new JsonWorker() : new EditorWorker();
    },
  };
  // Strict JSON, as the text is sent byte-for-byte; schema problems are warnings (Send still
  // works: relays accept fields the schema does not know).
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    comments: 'error',
    trailingCommas: 'error',
    schemaValidation: 'warning',
    enableSchemaRequest: false,
    schemas: [{ uri: REQUEST_SCHEMA_URI, fileMatch: [REQUEST_MODEL_URI], schema: REQUEST_SCHEMA }],
  });
  // Color swatches mean nothing in a request body.
  jsonDefaults.setModeConfiguration({ ...jsonDefaults.modeConfiguration, colors: false });
  // The bundled instance: @monaco-editor/react's loader would otherwise fetch Monaco from a CDN.
  loader.config({ monaco });
}

/**
 * HTML for `code` in Monaco's light theme. Monaco escapes the text itself (every character ends up
 * as a text node or an entity), so the result is safe to set as innerHTML.
 */
export async function colorize(code: string, language: string): Promise<string> {
  setupMonaco();
  const html = await monaco.editor.colorize(code, language, { tabSize: 4 });
  // Monaco writes spaces as no-break spaces; copied by selection they would break a shell command.
  // The <pre> keeps ordinary spaces as they are.
  return html.replace(/&nbsp;|&#160;|\u00a0/g, ' ');
}
