import type { ReactNode } from 'react';
import { cx } from './class-names';

/**
 * A pane of the workbench: a region named by `label` (landmark navigation and browser tests find
 * it by that name), its heading with a short status line (`meta`) and actions at the end of the
 * heading row, then its content, stacked.
 */
export function Panel({
  label,
  title,
  meta,
  actions,
  className,
  children,
}: {
  label: string;
  /** The visible heading; `label` when not given. */
  title?: ReactNode;
  meta?: ReactNode;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-label={label}
      className={cx('flex flex-col gap-2 rounded border border-line bg-surface p-3 text-ink', className)}
    >
      <header className="flex flex-wrap items-center gap-2">
        <h2 className="text-base font-semibold">{title ?? label}</h2>
        {meta && <span className="text-xs text-ink-muted">{meta}</span>}
        {actions && <div className="ml-auto flex flex-wrap items-center gap-2">{actions}</div>}
      </header>
      {children}
    </section>
  );
}
