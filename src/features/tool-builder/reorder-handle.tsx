import type { DragEvent, KeyboardEvent } from 'react';

const MIME = 'application/x-rp-reorder';

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
  /** Items of one list share a group; drops from another list are ignored. */
  group: string;
  id: string;
  index: number;
  count: number;
  label: string;
  onMove: (from: number, to: number) => void;
}

/**
 * The grip of a reorderable row: drag it (HTML drag and drop), or focus it and press
 * ArrowUp / ArrowDown (also Home / End) to move the row by keyboard.
 */
export function ReorderHandle({ group, id, index, count, label, onMove }: HandleProps) {
  const move = (to: number) => {
    if (to < 0 || to >= count || to === index) return;
    onMove(index, to);
    announce(`Moved ${label} to position ${to + 1} of ${count}.`);
    focusHandle(id);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const to = { ArrowUp: index - 1, ArrowDown: index + 1, Home: 0, End: count - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    move(to);
  };
  return (
    <button
      type="button"
      draggable
      data-reorder-handle={id}
      aria-label={`Move ${label}`}
      aria-keyshortcuts="ArrowUp ArrowDown Home End"
      title="Drag, or press ↑/↓ to move"
      className="cursor-grab rounded px-1 text-slate-600 hover:bg-slate-100"
      onKeyDown={onKeyDown}
      onDragStart={(e) => {
        e.dataTransfer.setData(MIME, JSON.stringify({ group, index }));
        e.dataTransfer.effectAllowed = 'move';
      }}
    >
      ⠿
    </button>
  );
}

/** Drop-target props for a reorderable row. */
export function dropTarget(group: string, index: number, onMove: (from: number, to: number) => void) {
  return {
    onDragOver: (e: DragEvent) => {
      if (e.dataTransfer.types.includes(MIME)) e.preventDefault();
    },
    onDrop: (e: DragEvent) => {
      const raw = e.dataTransfer.getData(MIME);
      if (!raw) return;
      e.preventDefault();
      e.stopPropagation();
      const data = JSON.parse(raw) as { group: string; index: number };
      if (data.group === group && data.index !== index) onMove(data.index, index);
    },
  };
}
