import { Tooltip as AriakitTooltip, TooltipAnchor, TooltipProvider } from '@ariakit/react/tooltip';
import type { ReactElement, ReactNode } from 'react';

/**
 * A short hint shown on hover and on keyboard focus of `children` (on Ariakit; Escape hides it).
 * It describes its anchor for screen readers; it never holds the only name of a control (give
 * icon buttons an aria-label), and nothing in it is interactive.
 */
export function Tooltip({ content, children }: { content: ReactNode; children: ReactElement }) {
  return (
    <TooltipProvider>
      <TooltipAnchor render={children} />
      <AriakitTooltip className="z-40 max-w-xs rounded bg-ink px-2 py-1 text-xs text-surface shadow">
        {content}
      </AriakitTooltip>
    </TooltipProvider>
  );
}
