import { Button } from '../components/ui/button';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeButton } from '../features/code-export';
import { CompareArea, useCompareStore } from '../features/compare';
import { HistoryPanel } from '../features/history';
import { OutputPane } from '../features/output';
import { ReplacementNotice, ShareButton } from '../features/presets';
import {
  ConversationSection,
  CountTokensButton,
  InputItemsSection,
  OpenResponseForm,
  ServerActions,
} from '../features/responses-api';
import { ThreadPanel } from '../features/thread';
import { ToolsPanel } from '../features/tool-builder';
import { AppHeader } from './app-header';
import { useDeepLink } from './deep-link';
import { HostingNotices } from './hosting';
import { PaneBoundary } from './pane-boundary';
import { RequestPanel } from './request-panel';
import { ToolTestsOnColumns } from './tool-tests-on-columns';
import { sendCurrentRequest } from './send';
import { Workbench } from './workbench';

const queryClient = new QueryClient();

/**
 * The whole window, never scrolling as a page: the connection bar, start-up notices, Compare while
 * open (sharing the height with the workbench, scrolling on its own), then the workbench.
 */
export function App() {
  const { t } = useTranslation('app');
  const [linkError, dismissLinkError] = useDeepLink();
  const comparing = useCompareStore((s) => s.open);

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
    <QueryClientProvider client={queryClient}>
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
          <ReplacementNotice />
        </div>
        {comparing && (
          <div className="min-h-0 flex-[1_1_55%] overflow-auto border-b border-line p-3">
            <PaneBoundary name="compare">
              <CompareArea />
            </PaneBoundary>
          </div>
        )}
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
    </QueryClientProvider>
  );
}
