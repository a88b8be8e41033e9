import { monaco } from './monaco-setup';

type Editor = monaco.editor.IStandaloneCodeEditor;

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

/**
 * Esc then Tab (or Shift+Tab) leaves the editor, as the hint under it says; Tab alone still
 * indents. (Ctrl+M, Monaco's own toggle, makes Tab move focus until pressed again.)
 */
export function installEscapeThenTab(editor: Editor, host: HTMLElement): monaco.IDisposable {
  const escaped = editor.createContextKey<boolean>('requestEditorEscaped', false);
  const keys = editor.onKeyDown((e) => {
    if (e.keyCode === monaco.KeyCode.Escape) escaped.set(true);
    else if (e.keyCode !== monaco.KeyCode.Tab && e.keyCode !== monaco.KeyCode.Shift) escaped.set(false);
  });
  const blur = editor.onDidBlurEditorText(() => escaped.set(false));
  const leave = (backward: boolean) => {
    escaped.set(false);
    nextFocusable(host, backward)?.focus();
  };
  editor.addCommand(monaco.KeyCode.Tab, () => leave(false), 'requestEditorEscaped');
  editor.addCommand(monaco.KeyMod.Shift | monaco.KeyCode.Tab, () => leave(true), 'requestEditorEscaped');
  return {
    dispose: () => {
      keys.dispose();
      blur.dispose();
    },
  };
}

/** The next (or previous) element in tab order outside `host`, in document order. */
function nextFocusable(host: HTMLElement, backward: boolean): HTMLElement | undefined {
  const candidates = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) =>
      el.tabIndex >= 0 &&
      !host.contains(el) &&
      !(el as HTMLButtonElement).disabled &&
      !el.closest('[inert], [hidden]') &&
      el.getClientRects().length > 0,
  );
  if (backward)
    return candidates
      .filter((el) => el.compareDocumentPosition(host) & Node.DOCUMENT_POSITION_FOLLOWING)
      .at(-1);
  return candidates.find((el) => host.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
}
