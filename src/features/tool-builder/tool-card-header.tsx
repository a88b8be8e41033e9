import type { ReactNode } from 'react';
import { ReorderHandle } from './reorder-handle';

export interface CardControls {
  index: number;
  count: number;
  collapsed: boolean;
  disabled: boolean;
  onToggle: () => void;
  onMove: (from: number, to: number) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

/** The row every tool card starts with: grip, collapse, title, duplicate, delete. */
export function ToolCardHeader({
  id,
  label,
  controls,
  children,
}: {
  id: string;
  label: string;
  controls: CardControls;
  children?: ReactNode;
}) {
  const { index, count, collapsed, disabled, onToggle, onMove, onDuplicate, onDelete } = controls;
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <ReorderHandle group="tools" id={id} index={index} count={count} label={label} onMove={onMove} />
      <button
        type="button"
        aria-expanded={!collapsed}
        className="w-5 text-slate-700"
        onClick={onToggle}
        title={collapsed ? 'Expand' : 'Collapse'}
      >
        {collapsed ? '▸' : '▾'}
        <span className="sr-only">
          {collapsed ? 'Expand' : 'Collapse'} {label}
        </span>
      </button>
      {children}
      <span className="ml-auto flex gap-2 text-xs">
        <button type="button" className="underline" disabled={disabled} onClick={onDuplicate}>
          Duplicate<span className="sr-only"> {label}</span>
        </button>
        <button type="button" className="text-red-800 underline" disabled={disabled} onClick={onDelete}>
          Delete<span className="sr-only"> {label}</span>
        </button>
      </span>
    </div>
  );
}
