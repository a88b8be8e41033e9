import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DragHandle, reorderKey } from '../../components/ui/sortable';

/** Announces moves to screen readers (one live region for the whole builder). */
export function announce(message: string) {
  const el = document.getElementById('tool-builder-announcer');
  if (el) el.textContent = message;
}

export function Announcer() {
  return <p id="tool-builder-announcer" aria-live="polite" className="sr-only" />;
}

function focusHandle(id: string) {
  // Moving a keyed row moves its DOM node, which drops focus: put it back on the same handle.
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-reorder-handle="${id}"]`)?.focus());
}

interface HandleProps {
  id: string;
  index: number;
  count: number;
  label: string;
  onMove: (from: number, to: number) => void;
}

/**
 * The grip of a reorderable row (a SortableItem): drag it (dnd-kit), or focus it
 * and press ArrowUp / ArrowDown (also Home / End) to move the row by keyboard.
 */
export function ReorderHandle({ id, index, count, label, onMove }: HandleProps) {
  const { t } = useTranslation('tools');
  const onKeyDown = (e: KeyboardEvent) => {
    const to = reorderKey(e, index, count);
    if (to === undefined) return;
    e.preventDefault();
    if (to === index) return;
    onMove(index, to);
    announce(t('card.moved', { label, position: to + 1, total: count }));
    focusHandle(id);
  };
  return (
    <DragHandle
      data-reorder-handle={id}
      aria-label={t('card.move', { label })}
      aria-keyshortcuts="ArrowUp ArrowDown Home End"
      title={t('card.dragTitle')}
      className="cursor-grab touch-none"
      onKeyDown={onKeyDown}
    >
      ⠿
    </DragHandle>
  );
}
