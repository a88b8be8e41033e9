/** Tool tests (issue 18): the panel; Compare passes its columns as `columns` for the matrix. */
import { lazy } from 'react';

// Its own chunk, loaded right after the first paint (the pane's Suspense boundary waits for it).
export const ToolTestsPanel = lazy(() =>
  import('./tool-tests-panel').then((m) => ({ default: m.ToolTestsPanel })),
);
export type { TestColumn } from './start-run';
