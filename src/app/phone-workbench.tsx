import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Tabs } from '../components/ui/tabs';
import { scrollToStart, useOnNewResponse } from './reveal-output';
import type { WorkbenchParts } from './workbench';

type PhoneTab = 'request' | 'tools' | 'output' | 'history';
const TABS: readonly PhoneTab[] = ['request', 'tools', 'output', 'history'];

/**
 * Below 800 px: one pane at a time behind tabs (Request / Tools / Output / History). Every pane
 * stays mounted (hidden when not shown), so the editor and what was typed survive a tab switch.
 * Every new response switches to Output and shows it from its start.
 */
export function PhoneWorkbench(parts: WorkbenchParts) {
  const { t } = useTranslation('app');
  const [tab, setTab] = useState<PhoneTab>('request');
  const content = useRef<HTMLDivElement>(null);
  useOnNewResponse(() => {
    setTab('output');
    // After the switch has been drawn: the tab panel is the scroll area.
    requestAnimationFrame(() => scrollToStart(content.current?.closest('[role="tabpanel"]') ?? null));
  });
  const show = (id: PhoneTab) => (tab === id ? undefined : true);
  return (
    <div className="flex h-full flex-col px-3 pt-2">
      <Tabs
        label={t('workbenchViews')}
        active={tab}
        onChange={(id) => setTab(TABS.find((known) => known === id) ?? 'request')}
        tabs={TABS.map((id) => ({ id, label: t(`panes.${id}`) }))}
      >
        <div ref={content} className="relative h-full pb-3">
          <div hidden={show('request')} className="h-full">
            {parts.request}
          </div>
          <div hidden={show('tools')} className="flex flex-col gap-4">
            {parts.tools}
            {parts.toolTests}
          </div>
          <div hidden={show('output')} className="flex flex-col gap-4">
            {parts.output}
            {parts.thread}
          </div>
          <div hidden={show('history')}>{parts.history}</div>
        </div>
      </Tabs>
    </div>
  );
}
