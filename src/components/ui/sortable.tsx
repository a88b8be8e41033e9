import {
  closestCenter,
  DndContext,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import {
  createContext,
  useContext,
  useMemo,
  type KeyboardEvent,
  type LiHTMLAttributes,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Button, type ButtonProps } from './button';

/**
 * A vertical list reordered by dragging a row's handle (dnd-kit, pointer and touch). Keyboard
 * users move a row from its focused handle with ArrowUp/ArrowDown/Home/End (`reorderKey`), one
 * step per key and at once, instead of dnd-kit's pick-up/drop keyboard mode. Lists may nest: each
 * handles the rows of its own `ids`.
 */
export function SortableList({
  ids,
  onMove,
  children,
}: {
  ids: readonly string[];
  onMove: (from: number, to: number) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('ui');
  // A few pixels of travel before a drag starts, so a click on the handle stays a click.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = ids.indexOf(String(active.id));
    const to = ids.indexOf(String(over.id));
    if (from >= 0 && to >= 0) onMove(from, to);
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        // dnd-kit's live region (role="status") goes to the end of the page, not inside the list's
        // region, where it would be one more status next to the region's own.
        container: typeof document === 'undefined' ? undefined : document.body,
        screenReaderInstructions: { draggable: t('sortable.instructions') },
      }}
    >
      <SortableContext items={[...ids]} strategy={verticalListSortingStrategy}>
        {children}
      </SortableContext>
    </DndContext>
  );
}

interface HandleWiring {
  attach: (element: HTMLElement | null) => void;
  listeners: Record<string, unknown>;
}
const HandleContext = createContext<HandleWiring | undefined>(undefined);

/**
 * A row of a SortableList, drawn as `<li>` (all other props go to it). It moves with the pointer
 * while dragged; its DragHandle starts the drag.
 */
export function SortableItem({
  id,
  disabled = false,
  style,
  children,
  ...props
}: { id: string; disabled?: boolean } & LiHTMLAttributes<HTMLLIElement>) {
  const { setNodeRef, setActivatorNodeRef, listeners, transform, transition, isDragging } = useSortable({
    id,
    disabled,
  });
  const wiring = useMemo(
    () => ({ attach: setActivatorNodeRef, listeners: listeners ?? {} }),
    [setActivatorNodeRef, listeners],
  );
  return (
    <li
      ref={setNodeRef}
      style={{
        ...style,
        transform: CSS.Translate.toString(transform),
        transition,
        position: 'relative',
        zIndex: isDragging ? 10 : undefined,
      }}
      {...props}
    >
      <HandleContext.Provider value={wiring}>{children}</HandleContext.Provider>
    </li>
  );
}

/** The grip of the surrounding SortableItem: a Button that starts a drag on pointer down. */
export function DragHandle(props: ButtonProps) {
  const wiring = useContext(HandleContext);
  return <Button variant="icon" size="md" ref={wiring?.attach} {...wiring?.listeners} {...props} />;
}

/**
 * Where a reorder key on a row's handle moves the row (kept within the list), or undefined for any
 * other key. The caller prevents the key's default (scrolling) whenever this is defined.
 */
export function reorderKey(event: KeyboardEvent, index: number, count: number): number | undefined {
  const to = { ArrowUp: index - 1, ArrowDown: index + 1, Home: 0, End: count - 1 }[event.key];
  return to === undefined ? undefined : Math.min(Math.max(to, 0), count - 1);
}
