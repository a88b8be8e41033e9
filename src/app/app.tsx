import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ConnectionPanel } from '../features/connection/connection-panel';
import { OutputPane } from '../features/output/output-pane';
import { useDeepLink } from './deep-link';
import { PaneBoundary } from './pane-boundary';
import { RequestPanel } from './request-panel';
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
          <h1 className="mb-2 text-lg font-bold text-slate-900">Responses Playground</h1>
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
            <button type="button" className="underline" onClick={dismissLinkError}>
              Dismiss
            </button>
          </div>
        )}
        <main className="grid flex-1 grid-cols-1 gap-4 p-4 lg:grid-cols-2">
          <PaneBoundary name="Request">
            <RequestPanel />
          </PaneBoundary>
          <PaneBoundary name="Output">
            <OutputPane />
          </PaneBoundary>
        </main>
      </div>
    </QueryClientProvider>
  );
}
