import { Button } from '../components/ui/button';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLive } from '../core/response/selectors';
import { RequestEditor, RequestErrorMessage, StreamToggle } from '../features/request-editor';
import { useRunStore } from '../state/run';
import { useParsedRequest, useWorkspaceStore } from '../state/workspace';
import { sendCurrentRequest, useSendBlock } from './send-trigger';

/** The request editor with its controls: stream toggle, Send and Stop, plus the app's extra tools. */
export function RequestPanel({ toolbar }: { toolbar?: ReactNode }) {
  const { t } = useTranslation('app');
  const requestText = useWorkspaceStore((s) => s.requestText);
  const setRequestText = useWorkspaceStore((s) => s.setRequestText);
  const running = useRunStore((s) => isLive(s.view.status));
  // Parsed once per change for every control (in a worker for a large text).
  const parsed = useParsedRequest().result;
  const notSent = useSendBlock((s) => s.reason);
  const send = sendCurrentRequest;
  const edit = (text: string) => {
    setRequestText(text);
    if (notSent) useSendBlock.setState({ reason: undefined });
  };

  return (
    <section aria-label={t('request.heading')} className="flex h-full min-h-0 flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-base font-semibold">{t('request.heading')}</h2>
        <StreamToggle parsed={parsed} onChange={edit} />
        <div className="ml-auto flex flex-wrap gap-2">
          {toolbar}
          <Button
            variant="primary"
            size="lg"
            onClick={send}
            aria-keyshortcuts="Control+Enter Meta+Enter"
            title={t('request.sendTitle')}
          >
            {t('request.send')}
          </Button>
          <Button size="lg" onClick={() => useRunStore.getState().cancel()} disabled={!running}>
            {t('request.stop')}
          </Button>
        </div>
      </div>
      <RequestEditor
        value={requestText}
        onChange={edit}
        onSubmit={send}
        error={parsed.ok ? undefined : parsed.error}
      />
      {!parsed.ok && <RequestErrorMessage error={parsed.error} />}
      {notSent && (
        <p role="alert" className="rounded border border-red-400 bg-red-50 p-2 text-sm text-red-950">
          {notSent}
        </p>
      )}
    </section>
  );
}
