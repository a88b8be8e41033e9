import { Dialog as AriakitDialog, DialogDismiss, DialogHeading } from '@ariakit/react/dialog';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { cx } from './class-names';

/**
 * A modal dialog on Ariakit: the rest of the page is inert while it is open (focus stays inside),
 * Escape and a click on the backdrop close it, it is labelled by its title, and focus goes back to
 * the element that had it (the button that opened it) when it closes. Unmounted while closed.
 */
export function Dialog({
  open,
  onClose,
  title,
  children,
  wide = false,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  wide?: boolean;
}) {
  const { t } = useTranslation('common');
  return (
    <AriakitDialog
      open={open}
      onClose={onClose}
      unmountOnHide
      backdrop={<div className="fixed inset-0 bg-black/50" />}
      className={cx(
        'fixed inset-0 z-50 m-auto flex h-fit max-h-[90vh] w-[95vw] flex-col gap-3 overflow-auto rounded-lg border border-line-strong bg-surface p-4 text-ink shadow-xl',
        wide ? 'max-w-5xl' : 'max-w-2xl',
      )}
    >
      <div className="flex items-center gap-3">
        <DialogHeading render={<h2 />} className="flex-1 text-lg font-semibold">
          {title}
        </DialogHeading>
        <DialogDismiss render={<Button size="sm" />}>{t('close')}</DialogDismiss>
      </div>
      {children}
    </AriakitDialog>
  );
}
