import {
  Checkbox as AriakitCheckbox,
  type CheckboxProps as AriakitCheckboxProps,
} from '@ariakit/react/checkbox';
import type { ReactNode } from 'react';
import { cx } from './class-names';

/**
 * A checkbox named by the text beside it (Ariakit's Checkbox: a real `<input type="checkbox">`,
 * so Space toggles it and a click on the text does too), in the theme's accent colour.
 */
export function Checkbox({
  label,
  className,
  ...props
}: Omit<AriakitCheckboxProps, 'children'> & { label: ReactNode }) {
  return (
    <label className={cx('flex items-center gap-2 text-sm text-ink', className)}>
      <AriakitCheckbox className="size-4 shrink-0 accent-accent" {...props} />
      {label}
    </label>
  );
}
