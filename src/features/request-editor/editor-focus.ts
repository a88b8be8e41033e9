import type { RequestPath } from '../../core/request/edit-request';

/** Puts the cursor on the node at `path` in the request text and focuses the editor. */
type FocusPath = (path: RequestPath) => boolean;

let focusPath: FocusPath | undefined;

/** The mounted editor (Monaco or the plain stand-in) registers how it focuses a path. */
export function registerPathFocus(focus: FocusPath): () => void {
  focusPath = focus;
  return () => {
    if (focusPath === focus) focusPath = undefined;
  };
}

/**
 * Selects the node at `path` in the request editor and focuses it. Returns false when no editor is
 * mounted or the text has no such node.
 */
export function focusRequestPath(path: RequestPath): boolean {
  return focusPath?.(path) ?? false;
}
