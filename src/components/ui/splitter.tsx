import { Group, Panel, Separator } from 'react-resizable-panels';
import type { ReactNode } from 'react';
import { cx } from './class-names';

/**
 * Resizable panes (react-resizable-panels): the separators between them are focusable WAI-ARIA
 * window splitters, resized by dragging or with the arrow keys (Home/End to the limits). Sizes are
 * percentages of the group.
 */
export function Splitter({
  orientation = 'horizontal',
  className,
  children,
}: {
  orientation?: 'horizontal' | 'vertical';
  className?: string;
  children: ReactNode;
}) {
  return (
    <Group orientation={orientation} className={cx('flex min-h-0 min-w-0', className)}>
      {children}
    </Group>
  );
}

/** One pane of a Splitter. */
export function SplitPane({
  id,
  defaultSize,
  minSize,
  className,
  children,
}: {
  id: string;
  defaultSize?: number;
  minSize?: number;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Panel id={id} defaultSize={defaultSize} minSize={minSize} className={cx('min-h-0 min-w-0', className)}>
      {children}
    </Panel>
  );
}

/** The handle between two panes; `label` names it ("Resize request and output"). */
export function SplitHandle({ label }: { label: string }) {
  return (
    <Separator
      aria-label={label}
      className="w-1.5 shrink-0 bg-line hover:bg-accent focus-visible:bg-accent focus-visible:outline-none aria-[orientation=horizontal]:h-1.5 aria-[orientation=horizontal]:w-auto"
    />
  );
}
