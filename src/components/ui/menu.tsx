import { Menu as AriakitMenu, MenuButton, MenuItem, MenuProvider } from '@ariakit/react/menu';
import type { ReactNode } from 'react';
import { Button, type ButtonProps } from './button';

export interface MenuAction {
  label: ReactNode;
  onSelect: () => void;
  disabled?: boolean;
  /** Drawn as a destructive action. */
  danger?: boolean;
}

/**
 * A button that opens a menu of actions (WAI-ARIA menu button, on Ariakit): arrow keys move,
 * Enter or a click runs an action and closes the menu, Escape closes it and focus returns to the
 * button.
 */
export function Menu({
  label,
  actions,
  button,
}: {
  /** The button's text (and the menu's name). */
  label: ReactNode;
  actions: readonly MenuAction[];
  button?: Omit<ButtonProps, 'children'>;
}) {
  return (
    <MenuProvider>
      <MenuButton render={<Button {...button} />}>{label}</MenuButton>
      <AriakitMenu
        gutter={4}
        className="z-30 flex min-w-40 flex-col rounded border border-line-strong bg-surface py-1 text-sm shadow"
      >
        {actions.map((action, i) => (
          <MenuItem
            key={i}
            disabled={action.disabled}
            onClick={action.onSelect}
            className={
              action.danger
                ? 'px-3 py-1 text-left text-danger data-active-item:bg-danger-surface aria-disabled:text-ink-disabled'
                : 'px-3 py-1 text-left text-ink data-active-item:bg-accent-surface aria-disabled:text-ink-disabled'
            }
          >
            {action.label}
          </MenuItem>
        ))}
      </AriakitMenu>
    </MenuProvider>
  );
}
