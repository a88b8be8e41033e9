import { CompareArea, useCompareStore } from '../features/compare';
import { PaneBoundary } from './pane-boundary';

/**
 * Compare while open, sharing the height with the workbench and scrolling on its own. Its own
 * chunk with Compare's store: the open flag is known once it has loaded, right after the first paint.
 */
export function CompareSlot() {
  const comparing = useCompareStore((s) => s.open);
  if (!comparing) return null;
  return (
    <div className="min-h-0 flex-[1_1_55%] overflow-auto border-b border-line p-3">
      <PaneBoundary name="compare">
        <CompareArea />
      </PaneBoundary>
    </div>
  );
}
