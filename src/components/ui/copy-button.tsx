import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, type ButtonProps } from './button';
import { copyText } from './clipboard-and-files';
import { cx } from './class-names';

/** How long the confirmation stays on screen. */
const CONFIRM_MS = 2000;

/**
 * A button that copies `text` (a function is called at click time, so a large text is built only
 * when wanted) and confirms beside itself in a polite live region: `copied`, or `failed` when the
 * browser refused. The button's name stays `label` throughout. No strings of its own: the caller
 * passes them translated. Not a `status` role (a pane may own the one status of its region).
 */
export function CopyButton({
  label,
  text,
  copied,
  failed,
  children,
  size = 'xs',
  className,
}: {
  /** The accessible name ("Copy arguments"); contains the visible words. */
  label: string;
  text: string | (() => string);
  copied: string;
  failed: string;
  /** The visible text ("Copy"). */
  children: ReactNode;
  size?: ButtonProps['size'];
  className?: string;
}) {
  const [outcome, setOutcome] = useState<'copied' | 'failed'>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async () => {
    const ok = await copyText(typeof text === 'function' ? text() : text);
    setOutcome(ok ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setOutcome(undefined), CONFIRM_MS);
  };
  return (
    <span className={cx('inline-flex items-center gap-1', className)}>
      <Button size={size} aria-label={label} onClick={() => void copy()}>
        {children}
      </Button>
      <span
        aria-live="polite"
        className={cx('text-xs', outcome === 'failed' ? 'text-danger' : 'text-ink-muted')}
      >
        {outcome === 'copied' ? copied : outcome === 'failed' ? failed : ''}
      </span>
    </span>
  );
}
