import { Component, lazy, Suspense, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pathLocator } from '../../core/request/locate-path';
import { registerPathFocus } from './editor-focus';
import { FormatButton } from './format-button';
import { REQUEST_ERROR_ID, type RequestEditorProps } from './request-editor-props';
import { useStrictSend } from './strict-send';

// Monaco and its JSON worker load after first paint, in their own chunk.
const MonacoRequestEditor = lazy(async () => {
  const { setupMonaco } = await import('./monaco-setup');
  setupMonaco();
  return import('./monaco-request-editor');
});

const BOX = 'relative min-h-64 flex-1 overflow-hidden rounded border border-slate-400 bg-white';

/**
 * The request JSON editor: Monaco with the request schema (validation, hover docs, completion) and
 * the tools check's findings as markers, Ctrl/Cmd+Enter to send, Format, and how to leave it by
 * keyboard. Shows the text read-only while Monaco loads, and falls back to a plain textarea if
 * Monaco cannot load. Also hosts Send's strict-mode question (the editor is where Fix leads).
 */
export function RequestEditor(props: RequestEditorProps) {
  const { t } = useTranslation('editor');
  const painted = useAfterFirstPaint();
  const hintId = useId();
  return (
    <div className="flex min-h-64 flex-1 flex-col gap-1">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-medium text-ink">{t('label')}</span>
        <FormatButton value={props.value} valid={!props.error} onChange={props.onChange} />
      </div>
      <div className={BOX} data-request-editor="">
        <FallbackOnError fallback={<PlainRequestEditor {...props} />}>
          {painted ? (
            <Suspense fallback={<LoadingPreview text={props.value} />}>
              <MonacoRequestEditor {...props} />
            </Suspense>
          ) : (
            <LoadingPreview text={props.value} />
          )}
        </FallbackOnError>
      </div>
      <p id={hintId} className="text-xs text-ink-muted" data-testid="editor-keyboard-hint">
        {t('keyboardHint')}
      </p>
      <StrictSendAsk />
    </div>
  );
}

// Only when Send has something to ask: the dialog brings the linter's wording (tools namespace).
const StrictSendDialog = lazy(() =>
  import('./strict-send-dialog').then((m) => ({ default: m.StrictSendDialog })),
);

function StrictSendAsk() {
  const asking = useStrictSend((s) => s.pending !== undefined);
  if (!asking) return null;
  return (
    <Suspense fallback={null}>
      <StrictSendDialog />
    </Suspense>
  );
}

/**
 * False until the first frame is painted: Monaco's chunks (megabytes of script to compile) are
 * requested only then, so they never hold back the first paint.
 */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before that frame paints; a task queued from it runs after.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true), 0)));
    const hidden = setTimeout(() => setPainted(true), 1000); // a hidden tab gets no frames
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(hidden);
    };
  }, []);
  return painted;
}

function LoadingPreview({ text }: { text: string }) {
  return (
    <pre
      className="absolute inset-0 m-0 overflow-auto p-2 pl-10 font-mono text-[13px] whitespace-pre-wrap text-slate-900"
      aria-busy="true"
      data-editor="loading"
    >
      {text}
    </pre>
  );
}

/** A working editor without Monaco (chunk failed to load): same name, same shortcut. */
function PlainRequestEditor({
  value,
  onChange,
  onSubmit,
  error,
  errorId = REQUEST_ERROR_ID,
}: RequestEditorProps) {
  const { t } = useTranslation('editor');
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(
    () =>
      registerPathFocus((path) => {
        const area = ref.current;
        const span = area && pathLocator(area.value)(path);
        if (!area || !span) return false;
        area.focus();
        area.setSelectionRange(span.offset, span.offset + span.length);
        return true;
      }),
    [],
  );
  return (
    <textarea
      ref={ref}
      className="absolute inset-0 h-full w-full resize-none p-2 font-mono text-[13px] text-slate-900"
      aria-label={t('label')}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
      spellCheck={false}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          onSubmit();
        }
      }}
      data-editor="plain"
    />
  );
}

class FallbackOnError extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error('Monaco failed to load; using a plain text editor.', error);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
