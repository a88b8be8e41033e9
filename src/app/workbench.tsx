import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SplitHandle, SplitPane, Splitter } from '../components/ui/splitter';
import { PhoneWorkbench } from './phone-workbench';
import { scrollToStart, useOnNewResponse } from './reveal-output';
import { useMediaQuery } from './use-media-query';

/** What the workbench lays out: each a pane (or a stack of panes) wrapped in its boundary. */
export interface WorkbenchParts {
  request: ReactNode;
  tools: ReactNode;
  toolTests: ReactNode;
  output: ReactNode;
  /** Thread (tool outputs, follow-up), Conversation, Open response. */
  thread: ReactNode;
  history: ReactNode;
}

/** Layout keys in localStorage (sizes per group; see components/ui/split-layout.ts). */
const LAYOUT_KEY = 'rp.layout.';

/**
 * The workbench under the connection bar, filling the rest of the window; each pane scrolls on its
 * own and the page never does. Wide windows: request and tools | output | side panel (thread,
 * history, tool tests). Medium ones: request and tools | output over the side panel. Below 800 px:
 * tabs. Whenever Output starts showing another response, its pane scrolls back to where it begins.
 */
export function Workbench(parts: WorkbenchParts) {
  const phone = !useMediaQuery('(min-width: 800px)');
  const wide = useMediaQuery('(min-width: 1280px)');
  if (phone) return <PhoneWorkbench {...parts} />;
  return wide ? <WideWorkbench {...parts} /> : <MediumWorkbench {...parts} />;
}

// Positioned, so visually hidden inputs (absolute) stay inside the pane and never stretch the page;
// long ids (resp_…, call_…) wrap rather than push a narrow pane sideways.
const SCROLLER = 'relative flex h-full flex-col gap-4 overflow-auto p-3 [overflow-wrap:anywhere]';

function WideWorkbench(parts: WorkbenchParts) {
  const { t } = useTranslation('app');
  return (
    <Splitter storageKey={`${LAYOUT_KEY}wide`} className="h-full">
      <SplitPane id="work" defaultSize="38" minSize="20">
        <WorkColumn {...parts} />
      </SplitPane>
      <SplitHandle label={t('resizeRequestOutput')} />
      <SplitPane id="output" defaultSize="36" minSize="20">
        <OutputColumn>{parts.output}</OutputColumn>
      </SplitPane>
      <SplitHandle label={t('resizeOutputSide')} />
      <SplitPane id="side" defaultSize="26" minSize="15">
        <SideColumn {...parts} />
      </SplitPane>
    </Splitter>
  );
}

function MediumWorkbench(parts: WorkbenchParts) {
  const { t } = useTranslation('app');
  return (
    <Splitter storageKey={`${LAYOUT_KEY}medium`} className="h-full">
      <SplitPane id="work" defaultSize="50" minSize="25">
        <WorkColumn {...parts} />
      </SplitPane>
      <SplitHandle label={t('resizeRequestOutput')} />
      <SplitPane id="right" defaultSize="50" minSize="25">
        <Splitter orientation="vertical" storageKey={`${LAYOUT_KEY}right`} className="h-full">
          <SplitPane id="output" defaultSize="60" minSize="20">
            <OutputColumn>{parts.output}</OutputColumn>
          </SplitPane>
          <SplitHandle label={t('resizeOutputSide')} />
          <SplitPane id="side" defaultSize="40" minSize="15">
            <SideColumn {...parts} />
          </SplitPane>
        </Splitter>
      </SplitPane>
    </Splitter>
  );
}

/** Request over tools, split. */
function WorkColumn({ request, tools }: WorkbenchParts) {
  const { t } = useTranslation('app');
  return (
    <Splitter orientation="vertical" storageKey={`${LAYOUT_KEY}work`} className="h-full">
      <SplitPane id="request" defaultSize="55" minSize="20">
        <div className="relative flex h-full flex-col overflow-auto p-3">{request}</div>
      </SplitPane>
      <SplitHandle label={t('resizeRequestTools')} />
      <SplitPane id="tools" defaultSize="45" minSize="10">
        <div className={SCROLLER}>{tools}</div>
      </SplitPane>
    </Splitter>
  );
}

/** Output, its views scrolling inside it; back to its start for every new response. */
function OutputColumn({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useOnNewResponse(() => scrollToStart(ref.current));
  return (
    <div ref={ref} className="relative flex h-full flex-col overflow-auto p-3">
      {children}
    </div>
  );
}

/** The side panel: every pane stacked in its own scroll area, all rendered (none behind a tab). */
function SideColumn({ thread, history, toolTests }: WorkbenchParts) {
  return (
    <div className={SCROLLER}>
      {thread}
      {history}
      {toolTests}
    </div>
  );
}
