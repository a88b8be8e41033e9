/**
 * The parts of the window that are not needed for the first paint, each loaded through its
 * feature's index in a chunk of its own, right after. A static import of a feature's index from
 * the entry would put everything that index re-exports into the first load (the bundler keeps a
 * module wherever it is reachable, whichever importer uses it), so the entry reaches these features
 * only through `import()`. Panes sit in a PaneBoundary, whose Suspense fallback keeps their place;
 * toolbar buttons show a disabled stand-in of the same size and words, hidden from assistive
 * technology (and so from tests' role queries) until the real button is there.
 */
import { lazy, Suspense, type ComponentProps, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, type ButtonSize } from '../components/ui/button';

// These indexes export React.lazy components themselves, and a lazy component cannot resolve to
// another: `inIndex` wraps the index's one in a plain component.
export const HistoryPanel = inIndex(() => import('../features/history').then((m) => m.HistoryPanel));
export const ThreadPanel = inIndex(() => import('../features/thread').then((m) => m.ThreadPanel));
export const ToolsPanel = inIndex(() => import('../features/tool-builder').then((m) => m.ToolsPanel));
export const ToolTestsOnColumns = lazy(() =>
  import('./tool-tests-on-columns').then((m) => ({ default: m.ToolTestsOnColumns })),
);
/** Compare's region while it is open (the area and the open flag come with the chunk). */
export const CompareSlot = lazy(() => import('./compare-slot').then((m) => ({ default: m.CompareSlot })));

/** `lazy` for a component an index exports (a lazy one too: it is rendered inside a plain one). */
function inIndex<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(() =>
    load().then((Part) => ({
      default: function FromIndex(props: P) {
        return <Part {...props} />;
      },
    })),
  );
}

/** A lazily loaded button with a stand-in that holds its place (same size and words, disabled). */
function deferredButton<P extends object>(
  load: () => Promise<ComponentType<P>>,
  words: { ns: 'presets' | 'compare' | 'responsesApi'; key: string; size: ButtonSize },
): ComponentType<P> {
  const Real = lazy(() => load().then((component) => ({ default: component })));
  function StandIn() {
    const { t } = useTranslation(words.ns);
    return (
      <Button size={words.size} disabled aria-hidden="true" tabIndex={-1}>
        {t(words.key as never)}
      </Button>
    );
  }
  return function Deferred(props: P) {
    return (
      <Suspense fallback={<StandIn />}>
        <Real {...(props as ComponentProps<typeof Real>)} />
      </Suspense>
    );
  };
}

export const PresetsMenu = deferredButton(() => import('../features/presets').then((m) => m.PresetsMenu), {
  ns: 'presets',
  key: 'button',
  size: 'md',
});
export const CompareButton = deferredButton(
  () => import('../features/compare').then((m) => m.CompareButton),
  {
    ns: 'compare',
    key: 'open',
    size: 'md',
  },
);
export const ShareButton = deferredButton(() => import('../features/presets').then((m) => m.ShareButton), {
  ns: 'presets',
  key: 'share.button',
  size: 'lg',
});
/** A part that reads through TanStack Query, under the page's query cache (both after the first paint). */
function withQueries<P extends object>(
  load: () => Promise<ComponentType<P>>,
): () => Promise<ComponentType<P>> {
  return async () => {
    const [Part, { QueryProvider }] = await Promise.all([load(), import('./query-provider')]);
    return function WithQueries(props: P) {
      return (
        <QueryProvider>
          <Part {...props} />
        </QueryProvider>
      );
    };
  };
}

const responsesApi = () => import('../features/responses-api');
/** `lazy` for a component that `load` resolves to. */
function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(() => load().then((component) => ({ default: component })));
}
export const ConversationSection = lazyPart(
  withQueries(() => responsesApi().then((m) => m.ConversationSection)),
);
export const InputItemsSection = lazyPart(withQueries(() => responsesApi().then((m) => m.InputItemsSection)));
export const OpenResponseForm = lazyPart(withQueries(() => responsesApi().then((m) => m.OpenResponseForm)));
export const ServerActions = lazyPart(withQueries(() => responsesApi().then((m) => m.ServerActions)));
export const CountTokensButton = deferredButton(
  withQueries(() => responsesApi().then((m) => m.CountTokensButton)),
  { ns: 'responsesApi', key: 'tokens.button', size: 'md' },
);
export const ReplacementNotice = lazy(() =>
  import('../features/presets').then((m) => ({ default: m.ReplacementNotice })),
);
