import type { monaco } from './monaco-setup';

/**
 * DOM events on the editor host (`[data-editor="monaco"]`) that let browser tests replace or read
 * the whole text exactly. Typing cannot do that reliably: Monaco's auto-closing, auto-indent and
 * format-on-paste rewrite what is typed or pasted, and it only renders the visible lines. The
 * replacement is an ordinary edit (undoable, reported through `onChange`), so the app cannot tell
 * it from a user's. Inert unless dispatched; page scripts could edit the text anyway.
 */
export const SET_TEXT_EVENT = 'request-editor:set-text';
export const GET_TEXT_EVENT = 'request-editor:get-text';

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
  host.addEventListener(SET_TEXT_EVENT, set);
  host.addEventListener(GET_TEXT_EVENT, get);
  return {
    dispose: () => {
      host.removeEventListener(SET_TEXT_EVENT, set);
      host.removeEventListener(GET_TEXT_EVENT, get);
    },
  };
}
