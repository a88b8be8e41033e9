import { Children, isValidElement, useState, type ReactElement, type ReactNode } from 'react';
import { Group, Panel, Separator } from 'react-resizable-panels';
import { cx } from './class-names';
import { loadPaneSizes, savePaneSizes } from './split-layout';

/**
 * Resizable panes (react-resizable-panels): the separators between them are focusable WAI-ARIA
 * window splitters, resized by dragging or with the arrow keys (Home/End to the limits). Sizes are
 * percentages of the group. With `storageKey`, the sizes the user sets are remembered on this
 * device (read back only when they fit the panes: see split-layout.ts).
 */
export function Splitter({
  orientation = 'horizontal',
  storageKey,
  className,
  children,
}: {
  orientation?: 'horizontal' | 'vertical';
  storageKey?: string;
  className?: string;
  children: ReactNode;
}) {
  const [defaultLayout] = useState(() => {
    if (!storageKey) return undefined;
    return loadPaneSizes(storageKey, paneIds(children));
  });
  return (
    <Group
      orientation={orientation}
      defaultLayout={defaultLayout}
      onLayoutChanged={(layout, meta) => {
        // Only what the user did (drag or keys) is remembered, not a window resize.
        if (storageKey && meta.isUserInteraction) savePaneSizes(storageKey, meta.requestedLayout ?? layout);
      }}
      className={cx('flex min-h-0 min-w-0', className)}
    >
      {children}
    </Group>
  );
}

/** The ids of the SplitPanes among `children`, in order. */
function paneIds(children: ReactNode): string[] {
  return Children.toArray(children)
    .filter(
      (child): child is ReactElement<{ id: string }> => isValidElement(child) && child.type === SplitPane,
    )
    .map((child) => child.props.id);
}

/** One pane of a Splitter. Sizes: a number is pixels, a string without a unit is percent. */
export function SplitPane({
  id,
  defaultSize,
  minSize,
  className,
  children,
}: {
  id: string;
  defaultSize?: number | string;
  minSize?: number | string;
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
