import type { ReactNode } from 'react';
import { cx } from './class-names';

export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

const TONES: Record<Tone, string> = {
  neutral: 'bg-surface-muted text-ink-muted',
  info: 'bg-info-surface text-info-ink',
  success: 'bg-success-surface text-success-ink',
  warning: 'bg-warning-surface text-warning-ink',
  danger: 'bg-danger-surface text-danger-ink',
};

/** A small label for a state or a count (`completed`, `2 errors`, `optional`). Text, not colour, carries the meaning. */
export function Badge({
  tone = 'neutral',
  mono = false,
  className,
  title,
  children,
}: {
  tone?: Tone;
  mono?: boolean;
  className?: string;
  title?: string;
  children: ReactNode;
}) {
  return (
    <span title={title} className={cx('rounded px-1.5 text-xs', mono && 'font-mono', TONES[tone], className)}>
      {children}
    </span>
  );
}
