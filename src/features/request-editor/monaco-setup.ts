// Monaco, bundled from the `monaco-editor` package with local workers: nothing comes from a CDN.
// Only the editor core, the contributions a JSON editor uses, and JSON language support are
// imported (editor.main would pull in every language and the LSP client).
import * as monaco from 'monaco-editor/editor/editor.api';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import { REQUEST_SCHEMA, REQUEST_SCHEMA_URI } from '../../core/request/request-schema';
import './monaco-contributions';

/** The request editor's model URI, which the request schema is attached to. */
export const REQUEST_MODEL_URI = 'inmemory://responses-playground/request.json';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

// Strict JSON, as the text is sent byte-for-byte; schema problems are warnings (Send still works:
// relays accept fields the schema does not know).
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

export { monaco };
