import { Tab, TabList, TabPanel, TabProvider } from '@ariakit/react/tab';
import { useId, type ReactNode } from 'react';

export interface TabDef {
  id: string;
  label: ReactNode;
}

/**
 * Tabs on Ariakit (WAI-ARIA tabs: arrow keys, Home and End move between tabs and select them);
 * only the active panel renders. Controlled: `active` is a tab id, `onChange` gets the new one.
 */
export function Tabs({
  label,
  tabs,
  active,
  onChange,
  children,
}: {
  label: string;
  tabs: TabDef[];
  active: string;
  onChange: (id: string) => void;
  children: ReactNode;
}) {
  // DOM ids must be unique on the page; two tab sets may both have a "json" tab.
  const base = useId();
  const domId = (id: string) => `${base}-${id}`;
  return (
    <TabProvider
      selectedId={domId(active)}
      setSelectedId={(id) => {
        const tab = tabs.find((t) => domId(t.id) === id);
        if (tab && tab.id !== active) onChange(tab.id);
      }}
    >
      <div className="flex min-h-0 flex-1 flex-col">
        <TabList aria-label={label} className="flex gap-1 border-b border-line">
          {tabs.map((tab) => (
            <Tab
              key={tab.id}
              id={domId(tab.id)}
              className="-mb-px border-b-2 border-transparent px-3 py-1.5 text-sm text-ink-muted hover:text-ink aria-selected:border-accent aria-selected:font-semibold aria-selected:text-accent-strong"
            >
              {tab.label}
            </Tab>
          ))}
        </TabList>
        <TabPanel tabId={domId(active)} className="min-h-0 flex-1 overflow-auto pt-3">
          {children}
        </TabPanel>
      </div>
    </TabProvider>
  );
}
