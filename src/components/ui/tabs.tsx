import { useId, useRef, type ReactNode } from 'react';

export interface TabDef {
  id: string;
  label: ReactNode;
}

/** Accessible tabs (WAI-ARIA pattern): arrow keys move between tabs, only the active panel renders. */
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
  const id = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const move = (delta: number) => {
    const index = tabs.findIndex((t) => t.id === active);
    const next = tabs[(index + delta + tabs.length) % tabs.length];
    if (!next) return;
    onChange(next.id);
    listRef.current?.querySelector<HTMLButtonElement>(`[data-tab="${next.id}"]`)?.focus();
  };
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div
        ref={listRef}
        role="tablist"
        aria-label={label}
        className="flex gap-1 border-b border-slate-300"
        onKeyDown={(e) => {
          if (e.key === 'ArrowRight') move(1);
          else if (e.key === 'ArrowLeft') move(-1);
        }}
      >
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            data-tab={tab.id}
            id={`${id}-${tab.id}`}
            aria-selected={tab.id === active}
            aria-controls={`${id}-${tab.id}-panel`}
            tabIndex={tab.id === active ? 0 : -1}
            className={`-mb-px border-b-2 px-3 py-1.5 text-sm ${
              tab.id === active
                ? 'border-blue-800 font-semibold text-blue-900'
                : 'border-transparent text-slate-700 hover:text-slate-900'
            }`}
            onClick={() => onChange(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-${active}-panel`}
        aria-labelledby={`${id}-${active}`}
        className="min-h-0 flex-1 overflow-auto pt-3"
      >
        {children}
      </div>
    </div>
  );
}
