import {
  Combobox as AriakitCombobox,
  ComboboxItem,
  ComboboxLabel,
  ComboboxPopover,
  ComboboxProvider,
} from '@ariakit/react/combobox';
import { useId, type ReactNode } from 'react';
import { cx } from './class-names';

/**
 * A text field with a list of suggestions (WAI-ARIA combobox with a listbox popup, on Ariakit):
 * typing is free text (`onValueChange`), ArrowDown/ArrowUp move through `options`, Enter or a click
 * picks one (`onPick`), Escape closes the list. The list renders in place (not in a portal), so it
 * stays inside the region that holds the field.
 */
export function Combobox({
  label,
  listLabel,
  value,
  onValueChange,
  options,
  picked,
  onPick,
  open,
  onOpenChange,
  description,
  disabled,
  title,
  onFocus,
  onBlur,
  className,
  inputClassName,
  children,
}: {
  label: string;
  /** The accessible name of the list of options. */
  listLabel: string;
  value: string;
  onValueChange: (text: string) => void;
  options: readonly string[];
  /** The option that is currently chosen (marked selected in the list). */
  picked?: string;
  onPick: (option: string) => void;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Status under the field (how many options, loading, why the list failed); describes the field. */
  description?: ReactNode;
  disabled?: boolean;
  title?: string;
  onFocus?: () => void;
  onBlur?: () => void;
  className?: string;
  inputClassName?: string;
  /** Extra controls next to the field (a refresh button). */
  children?: ReactNode;
}) {
  const id = useId();
  return (
    <ComboboxProvider
      value={value}
      setValue={onValueChange}
      selectedValue={picked ?? ''}
      setSelectedValue={(option) => {
        if (typeof option === 'string') onPick(option);
      }}
      open={open && options.length > 0}
      setOpen={onOpenChange}
    >
      <div className={cx('relative flex flex-col gap-1', className)}>
        <ComboboxLabel className="text-sm font-medium text-ink">{label}</ComboboxLabel>
        <div className="flex gap-1">
          <AriakitCombobox
            autoSelect={false}
            // A click in the field starts keyboard moves from the top of the list again.
            blurActiveItemOnClick
            aria-describedby={description ? `${id}-status` : undefined}
            autoComplete="list"
            spellCheck={false}
            disabled={disabled}
            title={title}
            onFocus={onFocus}
            onBlur={onBlur}
            className={cx(
              'min-w-0 flex-1 rounded border border-line-strong bg-surface px-2 py-1 text-sm text-ink disabled:bg-surface-muted',
              inputClassName,
            )}
          />
          {children}
        </div>
        <ComboboxPopover
          aria-label={listLabel}
          portal={false}
          sameWidth
          gutter={4}
          className="z-20 max-h-64 overflow-auto rounded border border-line-strong bg-surface text-sm shadow"
        >
          {options.map((option) => (
            <ComboboxItem
              key={option}
              value={option}
              className="cursor-pointer px-2 py-1 font-mono data-active-item:bg-accent-surface hover:bg-surface-muted"
            />
          ))}
        </ComboboxPopover>
        {description && (
          <p id={`${id}-status`} className="truncate text-xs text-ink-muted">
            {description}
          </p>
        )}
      </div>
    </ComboboxProvider>
  );
}
