import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { ReorderHandle } from './reorder-handle';

export interface CardControls {
  index: number;
  count: number;
  collapsed: boolean;
  disabled: boolean;
  onToggle: () => void;
  onMove: (from: number, to: number) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

/** The row every tool card starts with: grip, collapse, title, duplicate, delete. */
export function ToolCardHeader({
  id,
  label,
  controls,
  children,
}: {
  id: string;
  label: string;
  controls: CardControls;
  children?: ReactNode;
}) {
  const { t } = useTranslation('tools');
  const { index, count, collapsed, disabled, onToggle, onMove, onDuplicate, onDelete } = controls;
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <ReorderHandle id={id} index={index} count={count} label={label} onMove={onMove} />
      <Button
        variant="icon"
        size="md"
        aria-expanded={!collapsed}
        className="w-5"
        onClick={onToggle}
        title={collapsed ? t('card.expand') : t('card.collapse')}
      >
        {collapsed ? '▸' : '▾'}
        <span className="sr-only">
          {collapsed ? t('card.expand') : t('card.collapse')} {label}
        </span>
      </Button>
      {children}
      <span className="ml-auto flex gap-2">
        <Button variant="link" size="xs" disabled={disabled} onClick={onDuplicate}>
          {t('card.duplicate')}
          <span className="sr-only"> {label}</span>
        </Button>
        <Button variant="danger-link" size="xs" disabled={disabled} onClick={onDelete}>
          {t('card.delete')}
          <span className="sr-only"> {label}</span>
        </Button>
      </span>
    </div>
  );
}
