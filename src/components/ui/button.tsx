import { Button as AriakitButton, type ButtonProps as AriakitButtonProps } from '@ariakit/react/button';
import { forwardRef } from 'react';
import { cx } from './class-names';

export type ButtonVariant =
  'primary' | 'secondary' | 'danger' | 'link' | 'danger-link' | 'dashed' | 'icon' | 'bare';
export type ButtonSize = 'inherit' | 'xs' | 'sm' | 'md' | 'lg';

const VARIANTS: Record<ButtonVariant, string> = {
  primary: 'rounded bg-accent font-semibold text-on-accent hover:bg-accent-strong disabled:bg-disabled',
  secondary:
    'rounded border border-line-strong bg-surface text-ink hover:bg-surface-muted disabled:text-ink-disabled',
  danger: 'rounded bg-danger font-semibold text-on-accent hover:bg-danger-strong disabled:bg-disabled',
  link: 'text-ink underline hover:text-accent disabled:text-ink-disabled',
  'danger-link': 'text-danger underline hover:text-danger-strong disabled:text-ink-disabled',
  dashed:
    'rounded border border-dashed border-line-strong bg-surface text-ink hover:bg-surface-muted disabled:text-ink-disabled',
  /** A one-glyph control (grip, disclosure arrow): give it an aria-label or sr-only text. */
  icon: 'rounded px-1 text-ink-muted hover:bg-surface-muted disabled:text-ink-disabled',
  /** No look of its own: a composite row (a history entry) styled by the caller. */
  bare: '',
};

/** Padding and text size; links and icons get only the text size (their padding is their own). */
const SIZES: Record<ButtonSize, { box: string; text: string }> = {
  /** Compact, in the text size around it (toolbars, rows of small controls). */
  inherit: { box: 'px-2 py-0.5', text: '' },
  xs: { box: 'px-2 py-0.5', text: 'text-xs' },
  sm: { box: 'px-2 py-0.5', text: 'text-sm' },
  md: { box: 'px-3 py-1', text: 'text-sm' },
  lg: { box: 'px-4 py-1.5', text: '' },
};

export interface ButtonProps extends AriakitButtonProps {
  variant?: ButtonVariant;
  size?: ButtonSize;
}

/**
 * The one button: Ariakit's Button (a real `<button>`, keyboard and focus-visible handling, and
 * `type="button"` unless a form submit is asked for) with the app's variants and sizes, drawn
 * from the theme tokens in src/index.css.
 */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'secondary', size = 'inherit', className, type = 'button', ...props },
  ref,
) {
  const ownPadding =
    variant === 'link' || variant === 'danger-link' || variant === 'icon' || variant === 'bare';
  const { box, text } = SIZES[size];
  return (
    <AriakitButton
      ref={ref}
      type={type}
      className={cx(VARIANTS[variant], text, !ownPadding && box, className)}
      {...props}
    />
  );
});
