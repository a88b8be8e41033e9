import { monaco } from './monaco-setup';

/**
 * DOM events on the editor host (`[data-editor="monaco"]`) that let browser tests replace or read
 * the whole text exactly, and read the markers (parse error, JSON schema, tools check). Typing cannot do that reliably: Monaco's auto-closing, auto-indent and
 * format-on-paste rewrite what is typed or pasted, and it only renders the visible lines. The
 * replacement is an ordinary edit (undoable, reported through `onChange`), so the app cannot tell
 * it from a user's. Inert unless dispatched; page scripts could edit the text anyway.
 */
export const SET_TEXT_EVENT = 'request-editor:set-text';
export const GET_TEXT_EVENT = 'request-editor:get-text';
/** Reads the model's markers: `detail.markers` gets `{ owner, severity, message, code, line }[]`. */
export const GET_MARKERS_EVENT = 'request-editor:get-markers';

/** One marker as browser tests read it (severity as a word). */
export interface TestMarker {
  owner: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  code?: string;
  line: number;
}

export interface TextEventDetail {
  text: string;
}

export function installTestHooks(
  host: HTMLElement,
  editor: monaco.editor.IStandaloneCodeEditor,
): monaco.IDisposable {
  const set = (event: Event) => {
    const model = editor.getModel();
    const text = (event as CustomEvent<Partial<TextEventDetail>>).detail?.text;
    if (!model || typeof text !== 'string') return;
    editor.pushUndoStop();
    editor.executeEdits('test', [{ range: model.getFullModelRange(), text }]);
    editor.pushUndoStop();
  };
  const get = (event: Event) => {
    const detail = (event as CustomEvent<Partial<TextEventDetail>>).detail;
    if (detail) detail.text = editor.getModel()?.getValue() ?? '';
  };
  const markers = (event: Event) => {
    const detail = (event as CustomEvent<{ markers?: TestMarker[] }>).detail;
    const model = editor.getModel();
    if (!detail || !model) return;
    detail.markers = monaco.editor.getModelMarkers({ resource: model.uri }).map((m) => ({
      owner: m.owner,
      severity: severityWord(m.severity),
      message: m.message,
      code: typeof m.code === 'string' ? m.code : m.code?.value,
      line: m.startLineNumber,
    }));
  };
  host.addEventListener(SET_TEXT_EVENT, set);
  host.addEventListener(GET_TEXT_EVENT, get);
  host.addEventListener(GET_MARKERS_EVENT, markers);
  return {
    dispose: () => {
      host.removeEventListener(SET_TEXT_EVENT, set);
      host.removeEventListener(GET_TEXT_EVENT, get);
      host.removeEventListener(GET_MARKERS_EVENT, markers);
    },
  };
}

function severityWord(severity: monaco.MarkerSeverity): TestMarker['severity'] {
  if (severity === monaco.MarkerSeverity.Error) return 'error';
  if (severity === monaco.MarkerSeverity.Warning) return 'warning';
  return severity === monaco.MarkerSeverity.Info ? 'info' : 'hint';
}
