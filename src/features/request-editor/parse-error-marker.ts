import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { monaco } from './monaco-setup';
import type { RequestEditorProps } from './request-editor-props';
import { requestErrorText } from './request-error-text';

type Editor = monaco.editor.IStandaloneCodeEditor;
const MARKER_OWNER = 'request-text';

/**
 * Shows the app's parse error when Monaco's JSON worker shows none (an empty or non-object
 * request), and links the error message to the editor input for screen readers. The marker is
 * worded again when the UI language changes.
 */
export function useParseErrorMarker(
  editorRef: React.RefObject<Editor | null>,
  hostRef: React.RefObject<HTMLDivElement | null>,
  mounted: boolean,
  value: string,
  error: RequestEditorProps['error'],
  errorId: string,
) {
  const { i18n } = useTranslation('editor');
  const language = i18n.language;
  useEffect(() => {
    const model = editorRef.current?.getModel();
    // Monaco's input: its EditContext element, or its textarea where EditContext is not supported.
    const input = hostRef.current?.querySelector('.native-edit-context, textarea');
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
          message: requestErrorText(error),
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
    // `language`: the message is worded in it, so a switch sets the marker again.
  }, [editorRef, hostRef, mounted, value, error, errorId, language]);
}

function sameMarkers(a: monaco.editor.IMarkerData[], b: monaco.editor.IMarkerData[]): boolean {
  const key = (m: monaco.editor.IMarkerData) =>
    `${m.startLineNumber}:${m.startColumn}-${m.endLineNumber}:${m.endColumn} ${m.message}`;
  return a.length === b.length && a.every((m, i) => b[i] !== undefined && key(m) === key(b[i]));
}
