import { Button } from '../components/ui/button';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeButton } from '../features/code-export';
import { OutputPane } from '../features/output';
import { AppHeader } from './app-header';
import { useDeepLink } from './deep-link';
import { HostingNotices } from './hosting/hosting-notices';
import {
  CompareSlot,
  ConversationSection,
  CountTokensButton,
  HistoryPanel,
  InputItemsSection,
  OpenResponseForm,
  ReplacementNotice,
  ServerActions,
  ShareButton,
  ThreadPanel,
  ToolsPanel,
  ToolTestsOnColumns,
} from './lazy-parts';
import { PaneBoundary } from './pane-boundary';
import { RequestPanel } from './request-panel';
import { sendCurrentRequest } from './send-trigger';
import { Workbench } from './workbench';

/**
 * The whole window, never scrolling as a page: the connection bar, start-up notices, Compare while
 * open (sharing the height with the workbench, scrolling on its own), then the workbench.
 */
export function App() {
  const { t } = useTranslation('app');
  const [linkError, dismissLinkError] = useDeepLink();

  // Ctrl/Cmd+Enter sends from anywhere on the page, not only from inside the editor.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.defaultPrevented) {
        e.preventDefault();
        sendCurrentRequest();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <div className="relative flex h-dvh flex-col overflow-hidden">
        <AppHeader />
        <div className="max-h-[30dvh] shrink-0 overflow-auto empty:hidden">
          {linkError && (
            <div
              role="alert"
              className="mx-4 mt-3 flex items-start gap-2 rounded border border-red-400 bg-red-50 p-2 text-sm text-red-950"
            >
              <span className="flex-1">{t('linkError', { error: linkError })}</span>
              <Button variant="link" onClick={dismissLinkError}>
                {t('dismiss', { ns: 'common' })}
              </Button>
            </div>
          )}
          <HostingNotices />
          <Suspense fallback={null}>
            <ReplacementNotice />
          </Suspense>
        </div>
        <Suspense fallback={null}>
          <CompareSlot />
        </Suspense>
        <main className="min-h-0 flex-[1_1_45%]">
          <Workbench
            request={
              <PaneBoundary name="request">
                <RequestPanel
                  toolbar={
                    <>
                      <CountTokensButton />
                      <ShareButton />
                      <CodeButton />
                    </>
                  }
                />
              </PaneBoundary>
            }
            tools={
              <PaneBoundary name="tools">
                <ToolsPanel />
              </PaneBoundary>
            }
            toolTests={
              <PaneBoundary name="toolTests">
                <ToolTestsOnColumns />
              </PaneBoundary>
            }
            output={
              <PaneBoundary name="output">
                <OutputPane>
                  {/* Its own boundary: the output pane paints without waiting for this chunk. */}
                  <Suspense fallback={null}>
                    <InputItemsSection />
                  </Suspense>
                </OutputPane>
              </PaneBoundary>
            }
            thread={
              <>
                <PaneBoundary name="thread">
                  <ThreadPanel />
                </PaneBoundary>
                <PaneBoundary name="conversation">
                  <ConversationSection />
                </PaneBoundary>
                <PaneBoundary name="openResponse">
                  <OpenResponseForm />
                </PaneBoundary>
              </>
            }
            history={
              <PaneBoundary name="history">
                <HistoryPanel
                  entryActions={(entry) => (
                    <Suspense fallback={null}>
                      <ServerActions entry={entry} />
                    </Suspense>
                  )}
                />
              </PaneBoundary>
            }
          />
        </main>
      </div>
    </>
  );
}
