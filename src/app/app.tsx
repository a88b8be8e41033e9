import { Button } from '../components/ui/button';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ConnectionPanel } from '../features/connection';
import { CodeButton } from '../features/code-export';
import { ComparePanel } from '../features/compare';
import { HistoryPanel } from '../features/history';
import { OutputPane } from '../features/output';
import { PresetsMenu, ReplacementNotice, ShareButton } from '../features/presets';
import {
  ConversationSection,
  CountTokensButton,
  InputItemsSection,
  OpenResponseForm,
  ServerActions,
} from '../features/responses-api';
import { ThreadPanel } from '../features/thread';
import { ToolsPanel } from '../features/tool-builder';
import { useDeepLink } from './deep-link';
import { HostingNotices } from './hosting';
import { PaneBoundary } from './pane-boundary';
import { RequestPanel } from './request-panel';
import { ToolTestsOnColumns } from './tool-tests-on-columns';
import { sendCurrentRequest } from './send';

const queryClient = new QueryClient();

export function App() {
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
    <QueryClientProvider client={queryClient}>
      <div className="flex min-h-full flex-col">
        <header className="border-b border-slate-300 bg-white px-4 py-3">
          <div className="mb-2 flex items-center gap-3">
            <h1 className="text-lg font-bold text-slate-900">Responses Playground</h1>
            <PresetsMenu />
          </div>
          <ConnectionPanel />
        </header>
        {linkError && (
          <div
            role="alert"
            className="mx-4 mt-3 flex items-start gap-2 rounded border border-red-400 bg-red-50 p-2 text-sm text-red-950"
          >
            <span className="flex-1">
              This link could not be opened: {linkError}. Your current request is unchanged.
            </span>
            <Button variant="link" onClick={dismissLinkError}>
              Dismiss
            </Button>
          </div>
        )}
        <HostingNotices />
        <ReplacementNotice />
        <PaneBoundary name="Compare">
          <ComparePanel />
        </PaneBoundary>
        {/* items-start: a growing answer must not stretch (and so re-lay out) the request column and Monaco every frame. */}
        <main className="grid flex-1 grid-cols-1 items-start gap-4 p-4 lg:grid-cols-2">
          <div className="flex min-w-0 flex-col gap-4">
            <PaneBoundary name="Request">
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
            <PaneBoundary name="Tools">
              <ToolsPanel />
            </PaneBoundary>
            <PaneBoundary name="Tool tests">
              <ToolTestsOnColumns />
            </PaneBoundary>
          </div>
          <div className="flex min-w-0 flex-col gap-4">
            <PaneBoundary name="Output">
              <OutputPane>
                <InputItemsSection />
              </OutputPane>
            </PaneBoundary>
            <PaneBoundary name="Thread">
              <ThreadPanel />
            </PaneBoundary>
            <PaneBoundary name="Conversation">
              <ConversationSection />
            </PaneBoundary>
            <PaneBoundary name="Open response">
              <OpenResponseForm />
            </PaneBoundary>
            <PaneBoundary name="History">
              <HistoryPanel entryActions={(entry) => <ServerActions entry={entry} />} />
            </PaneBoundary>
          </div>
        </main>
      </div>
    </QueryClientProvider>
  );
}
