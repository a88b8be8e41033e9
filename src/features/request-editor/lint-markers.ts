import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { pathLocator } from '../../core/request/locate-path';
import { parseRequestText } from '../../core/request/parse-request';
import { lintRequest, type Finding } from '../../core/tools';
import { findingText } from './finding-text';
import { monaco } from './monaco-setup';

type Editor = monaco.editor.IStandaloneCodeEditor;

/** Marker owner of the tools check's findings (the JSON worker and the parse error have their own). */
export const LINT_MARKER_OWNER = 'tools-check';
/** Lint once typing pauses, not on every keystroke (the Tools panel shows the same findings live). */
const LINT_DELAY_MS = 250;

const SEVERITY = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  // Advice, not a problem: dots under the text instead of a squiggle.
  info: monaco.MarkerSeverity.Hint,
} as const;

/** The linter's findings as Monaco markers, each at its node in the model's text. */
function lintMarkers(
  model: monaco.editor.ITextModel,
  findings: readonly Finding[],
  source: string,
): monaco.editor.IMarkerData[] {
  const locate = pathLocator(model.getValue());
  return findings.flatMap((f) => {
    const span = locate(f.path);
    if (!span) return [];
    const start = model.getPositionAt(span.offset);
    const end = model.getPositionAt(span.offset + Math.max(span.length, 1));
    const marker: monaco.editor.IMarkerData = {
      ...monaco.Range.fromPositions(start, end),
      severity: SEVERITY[f.severity],
      message: findingText(f),
      code: f.rule,
      source,
    };
    return [marker];
  });
}

/**
 * Strict-mode and schema findings of the tools check (src/core/tools) as markers in the editor,
 * refreshed when typing pauses; none while the JSON does not parse (its error is marked instead).
 */
export function useLintMarkers(editorRef: React.RefObject<Editor | null>, mounted: boolean, value: string) {
  const { t, i18n } = useTranslation('editor');
  const source = t('markerSource');
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const timer = setTimeout(() => {
      if (model.isDisposed()) return;
      const parsed = parseRequestText(model.getValue());
      const markers = parsed.ok ? lintMarkers(model, lintRequest(parsed.value), source) : [];
      monaco.editor.setModelMarkers(model, LINT_MARKER_OWNER, markers);
    }, LINT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [editorRef, mounted, value, source, i18n.language]);
}
