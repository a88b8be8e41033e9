import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useResolvedTheme } from '../../state/theme';
import { monaco, MonacoEditor, REQUEST_MODEL_URI, type OnMount } from './monaco-setup';
import { REQUEST_ERROR_ID, type RequestEditorProps } from './request-editor-props';
import { installTestHooks } from './test-hooks';
import { minimalReplacement } from './text-diff';
import { deferEdit, flushPendingEdit } from '../../state/workspace';

type Editor = monaco.editor.IStandaloneCodeEditor;

const OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  ariaLabel: 'Request JSON',
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
const MARKER_OWNER = 'request-text';

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
        label: 'Send request',
        keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
        run: () => {
          flushPendingEdit();
          callbacks.current.onSubmit();
        },
      }),
      installTestHooks(host, editor),
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

  return (
    <div ref={hostRef} className="absolute inset-0" data-editor="monaco">
      <MonacoEditor
        defaultValue={value}
        defaultLanguage="json"
        defaultPath={REQUEST_MODEL_URI}
        theme={theme === 'dark' ? 'vs-dark' : 'vs'}
        options={OPTIONS}
        onMount={onMount}
        loading={null}
      />
    </div>
  );
}

/**
 * Shows the app's parse error when Monaco's JSON worker shows none (an empty or non-object
 * request), and links the error message to the editor input for screen readers.
 */
function useParseErrorMarker(
  editorRef: React.RefObject<Editor | null>,
  hostRef: React.RefObject<HTMLDivElement | null>,
  mounted: boolean,
  value: string,
  error: RequestEditorProps['error'],
  errorId: string,
) {
  useEffect(() => {
    const model = editorRef.current?.getModel();
    const input = hostRef.current?.querySelector('[aria-label="Request JSON"]');
    if (!model) return;
    if (error) {
      input?.setAttribute('aria-invalid', 'true');
      input?.setAttribute('aria-describedby', errorId);
    } else {
      input?.removeAttribute('aria-invalid');
      input?.removeAttribute('aria-describedby');
    }
    const update = () => {
      const workerErrors = monaco.editor
        .getModelMarkers({ resource: model.uri, owner: 'json' })
        .some((m) => m.severity === monaco.MarkerSeverity.Error);
      const wanted: monaco.editor.IMarkerData[] = [];
      if (error && !workerErrors && model.getValue() === value) {
        // A zero-length error (end of text) marks the character before it, so it can be seen.
        const from = error.length === 0 ? Math.max(0, error.offset - 1) : error.offset;
        const start = model.getPositionAt(from);
        const end = model.getPositionAt(Math.max(error.offset + error.length, from + 1));
        wanted.push({
          ...monaco.Range.fromPositions(start, end),
          severity: monaco.MarkerSeverity.Error,
          message: error.message,
        });
      }
      // Setting markers fires onDidChangeMarkers again: only set when something changed.
      const current = monaco.editor.getModelMarkers({ resource: model.uri, owner: MARKER_OWNER });
      if (sameMarkers(current, wanted)) return;
      monaco.editor.setModelMarkers(model, MARKER_OWNER, wanted);
    };
    update();
    const sub = monaco.editor.onDidChangeMarkers((uris) => {
      if (uris.some((u) => u.toString() === model.uri.toString())) update();
    });
    return () => sub.dispose();
  }, [editorRef, hostRef, mounted, value, error, errorId]);
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

function sameMarkers(a: monaco.editor.IMarkerData[], b: monaco.editor.IMarkerData[]): boolean {
  const key = (m: monaco.editor.IMarkerData) =>
    `${m.startLineNumber}:${m.startColumn}-${m.endLineNumber}:${m.endColumn} ${m.message}`;
  return a.length === b.length && a.every((m, i) => b[i] !== undefined && key(m) === key(b[i]));
}
