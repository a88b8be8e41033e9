import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pathLocator } from '../../core/request/locate-path';
import { useResolvedTheme } from '../../state/theme';
import { registerPathFocus } from './editor-focus';
import { installEscapeThenTab } from './keyboard-exit';
import { useLintMarkers } from './lint-markers';
import { monaco, MonacoEditor, REQUEST_MODEL_URI, type OnMount } from './monaco-setup';
import { useParseErrorMarker } from './parse-error-marker';
import { REQUEST_ERROR_ID, type RequestEditorProps } from './request-editor-props';
import { installTestHooks } from './test-hooks';
import { minimalReplacement } from './text-diff';
import { deferEdit, flushPendingEdit } from '../../state/workspace';

type Editor = monaco.editor.IStandaloneCodeEditor;

const OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  automaticLayout: true,
  minimap: { enabled: false },
  fixedOverflowWidgets: true,
  scrollBeyondLastLine: false,
  formatOnPaste: true,
  wordWrap: 'on',
  fontSize: 13,
  lineNumbersMinChars: 3,
  // Value completions (model names, enum values) live inside strings.
  quickSuggestions: { strings: true, other: true, comments: false },
  scrollbar: { alwaysConsumeMouseWheel: false },
};

/**
 * Monaco on the request text, through `@monaco-editor/react` (which creates and disposes the editor
 * and its model). Lazy-loaded: import only through `RequestEditor`, after `setupMonaco()`.
 * The text is not a controlled `value` prop: the wrapper would replace the whole text on every
 * outside edit (losing the cursor and undo); outside edits are applied as minimal edits instead.
 */
export default function MonacoRequestEditor({
  value,
  onChange,
  onSubmit,
  error,
  errorId = REQUEST_ERROR_ID,
}: RequestEditorProps) {
  const { t } = useTranslation('editor');
  const ariaLabel = t('label');
  const sendLabel = t('sendAction');
  // The accessible name follows the UI language (the wrapper applies changed options).
  const options = useMemo(() => ({ ...OPTIONS, ariaLabel }), [ariaLabel]);
  const hostRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Editor | null>(null);
  const [mounted, setMounted] = useState(false);
  const callbacks = useRef({ onChange, onSubmit });
  const latestValue = useRef(value);
  // The text the editor last reported through onChange (or accepted as `value`). A `value` equal
  // to it is our own echo, possibly older than the model while keystrokes are still arriving:
  // applying it would undo what was just typed.
  const reported = useRef(value);
  const applyingOutsideEdit = useRef(false);
  const disposables = useRef<monaco.IDisposable[]>([]);

  useLayoutEffect(() => {
    callbacks.current = { onChange, onSubmit };
    latestValue.current = value;
  });

  const onMount: OnMount = (editor) => {
    const model = editor.getModel();
    const host = hostRef.current;
    if (!model || !host) return;
    const report = (text: string) => {
      reported.current = text;
      callbacks.current.onChange(text);
    };
    // The text may have changed while Monaco loaded.
    if (model.getValue() !== latestValue.current) model.setValue(latestValue.current);
    reported.current = latestValue.current;
    model.updateOptions({ tabSize: 2, insertSpaces: true });
    editorRef.current = editor;
    demoteAriaAlerts(document);
    disposables.current = [
      // Reported after the frame that shows the keystroke (see deferEdit): reading a 1 MiB text
      // and re-rendering what depends on it is not the keystroke's work.
      model.onDidChangeContent(() => {
        if (!applyingOutsideEdit.current) deferEdit(() => model.isDisposed() || report(model.getValue()));
      }),
      editor.addAction({
        id: 'responses-playground.send',
        label: sendLabel,
        keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
        run: () => {
          flushPendingEdit();
          callbacks.current.onSubmit();
        },
      }),
      installTestHooks(host, editor),
      installEscapeThenTab(editor, host),
      { dispose: registerPathFocus((path) => selectPath(editor, path)) },
    ];
    // Monaco normalizes line endings; keep the app's text equal to what is shown.
    if (model.getValue() !== latestValue.current) report(model.getValue());
    setMounted(true);
  };

  useEffect(
    () => () => {
      flushPendingEdit();
      for (const d of disposables.current) d.dispose();
      disposables.current = [];
      editorRef.current = null;
    },
    [],
  );

  // Outside edits (stream toggle, tool builder, presets) arrive as a new `value`: apply only the
  // changed span, as one undoable edit, so typing never resets the cursor.
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!editorRef.current || !model || value === reported.current) return;
    reported.current = value;
    const change = minimalReplacement(model.getValue(), value);
    if (!change) return;
    const start = model.getPositionAt(change.start);
    const end = model.getPositionAt(change.end);
    applyingOutsideEdit.current = true;
    try {
      editorRef.current.pushUndoStop();
      editorRef.current.executeEdits('outside', [
        { range: monaco.Range.fromPositions(start, end), text: change.text, forceMoveMarkers: true },
      ]);
      editorRef.current.pushUndoStop();
    } finally {
      applyingOutsideEdit.current = false;
    }
    if (model.getValue() !== value) {
      reported.current = model.getValue();
      callbacks.current.onChange(reported.current);
    }
  }, [value, mounted]);

  useParseErrorMarker(editorRef, hostRef, mounted, value, error, errorId);
  // Monaco's theme is global: the Code dialog's colouring follows it too.
  const theme = useResolvedTheme();
  useLintMarkers(editorRef, mounted, value);

  return (
    <div ref={hostRef} className="absolute inset-0" data-editor="monaco">
      <MonacoEditor
        defaultValue={value}
        defaultLanguage="json"
        defaultPath={REQUEST_MODEL_URI}
        theme={theme === 'dark' ? 'vs-dark' : 'vs'}
        options={options}
        onMount={onMount}
        loading={null}
      />
    </div>
  );
}

/** Selects the node at `path` (its value, or the name of an object's property) and focuses it. */
function selectPath(editor: Editor, path: (string | number)[]): boolean {
  const model = editor.getModel();
  const span = model && pathLocator(model.getValue())(path);
  if (!model || !span) return false;
  const range = monaco.Range.fromPositions(
    model.getPositionAt(span.offset),
    model.getPositionAt(span.offset + span.length),
  );
  editor.setSelection(range);
  editor.revealRangeInCenterIfOutsideViewport(range);
  editor.focus();
  return true;
}

/**
 * Monaco adds two empty `role="alert"` regions to the body, for screen-reader announcements
 * (once per page, reused by every editor). The page's
 * alerts must mean "something failed" (tests and users look for them), so keep the regions as
 * assertive live regions, which announce the same way, without the alert role.
 */
function demoteAriaAlerts(root: ParentNode) {
  for (const node of root.querySelectorAll('.monaco-aria-container [role="alert"]')) {
    node.removeAttribute('role');
    node.setAttribute('aria-live', 'assertive');
  }
}
