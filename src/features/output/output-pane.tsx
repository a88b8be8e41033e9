import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { Tabs } from '../../components/ui/tabs';
import { useRunStore } from '../../state/run';
import { IdleSetting } from './idle-setting';
import { loadMarkdownRenderer } from './markdown-renderer';
import { RunRequestId } from './request-id-badge';
import { ResponseJsonView } from './response-json-view';
import { RunErrorAlert } from './run-error-alert';
import { RunFigures } from './run-figures';
import { RunNotices } from './run-notices';
import { RunStatusBadge } from './run-status';

// Items (cards, Markdown, chunked text) are their own chunk, fetched when the page is idle; the
// Events tab (virtualized list) and the HTTP tab load when first opened.
const loadItemCard = () => import('./item-card').then((m) => ({ default: m.ItemCard }));
const ItemCard = lazy(loadItemCard);
const EventLogView = lazy(() => import('./event-log-view').then((m) => ({ default: m.EventLogView })));
const WireView = lazy(() => import('./wire-view').then((m) => ({ default: m.WireView })));

/**
 * The response being built, live: items, status, figures, the raw events, the final JSON and the
 * HTTP exchange. `children` follow the items (the app adds the input items of a response opened by id).
 *
 * Each part subscribes to the slice of the run it shows, so a streaming frame re-renders only the
 * header figures, the Events count, and the item that changed, never the tabs or the other items.
 */
export function OutputPane({ children }: { children?: ReactNode }) {
  const { t } = useTranslation('output');
  const [tab, setTab] = useState('output');
  // Fetch the Markdown renderer once the first paint is done and the page is idle.
  useEffect(() => {
    const load = () => void Promise.all([loadItemCard(), loadMarkdownRenderer()]);
    if (typeof requestIdleCallback !== 'function') return void setTimeout(load, 1000);
    const id = requestIdleCallback(load, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }, []);
  const tabs = useMemo(
    () => [
      { id: 'output', label: t('tabs.output') },
      { id: 'events', label: <EventsTabLabel /> },
      { id: 'json', label: t('tabs.json') },
      { id: 'wire', label: t('tabs.wire') },
    ],
    [t],
  );

  return (
    <section aria-label={t('title')} className="flex min-h-0 flex-1 flex-col gap-3">
      <RunHeader />
      <RunAlerts />
      <Tabs label={t('views')} active={tab} onChange={setTab} tabs={tabs}>
        {tab === 'output' && <OutputTab>{children}</OutputTab>}
        {tab === 'events' && <EventsTab />}
        {tab === 'json' && <JsonTab />}
        {tab === 'wire' && (
          <Suspense fallback={null}>
            <WireTab />
          </Suspense>
        )}
      </Tabs>
    </section>
  );
}

function RunHeader() {
  const { t } = useTranslation('output');
  const view = useRunStore((s) => s.view);
  return (
    <header className="flex flex-wrap items-center gap-3">
      <h2 className="text-base font-semibold">{t('title')}</h2>
      <RunStatusBadge
        status={view.status}
        reason={view.incompleteReason}
        polling={view.bodyKind === 'json'}
      />
      {view.responseId && (
        <span className="font-mono text-xs text-ink" aria-label={t('responseId')}>
          {view.responseId}
        </span>
      )}
      {view.model && <span className="text-xs text-ink-muted">{view.model}</span>}
      <RunRequestId />
      <RunFigures view={view} />
    </header>
  );
}

function RunAlerts() {
  const { t } = useTranslation('output');
  const { stalled, idleWarningMs, error, failed } = useRunStore(
    useShallow((s) => ({
      stalled: s.stalled,
      idleWarningMs: s.idleWarningMs,
      error: s.view.error,
      failed: s.view.status === 'failed',
    })),
  );
  const retry = failed ? () => useRunStore.getState().retry() : undefined;
  return (
    <>
      {stalled && (
        <p
          role="alert"
          className="rounded border border-warning-line bg-warning-surface p-2 text-sm text-warning-ink"
        >
          {t('stalled', { seconds: Math.round(idleWarningMs / 1000) })}
        </p>
      )}
      {error && <RunErrorAlert error={error} onRetry={retry} />}
    </>
  );
}

function EventsTabLabel() {
  const { t } = useTranslation('output');
  const count = useRunStore((s) => s.view.eventCount);
  return t('tabs.events', { count });
}

function OutputTab({ children }: { children?: ReactNode }) {
  const { t } = useTranslation('output');
  const { items, idle, notices } = useRunStore(
    useShallow((s) => ({ items: s.view.items, idle: s.view.status === 'idle', notices: s.view.notices })),
  );
  return (
    <div className="flex flex-col gap-3">
      {items.length === 0 && idle && <p className="text-sm text-ink-muted">{t('empty')}</p>}
      <Suspense fallback={null}>
        {items.map((item) => (
          <ItemCard key={item.outputIndex} view={item} />
        ))}
      </Suspense>
      {children}
      <RunNotices notices={notices} />
    </div>
  );
}

function EventsTab() {
  const { log, count, startedAt } = useRunStore(
    useShallow((s) => ({ log: s.log, count: s.view.eventCount, startedAt: s.view.timings.startedAt })),
  );
  return (
    <div className="flex h-full flex-col gap-2">
      <IdleSetting />
      <Suspense fallback={null}>
        <EventLogView log={log} count={count} startedAt={startedAt} />
      </Suspense>
    </div>
  );
}

function JsonTab() {
  const view = useRunStore((s) => s.view);
  return <ResponseJsonView view={view} />;
}

function WireTab() {
  const view = useRunStore((s) => s.view);
  return <WireView view={view} />;
}
