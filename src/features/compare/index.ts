/**
 * Compare mode: one request sent to two to four columns (endpoint, key, model, overrides), measured
 * and compared. Other features may run things on every column through `columnTargets()` (each
 * column's endpoint with its key, model and overrides) and follow the columns with
 * `useCompareStore((s) => s.columns)`.
 */
import { lazy } from 'react';

// The region is its own chunk (columns, results, diff): loaded when the app first renders it.
export const CompareArea = lazy(() => import('./compare-panel').then((m) => ({ default: m.CompareArea })));
export { CompareButton } from './compare-button';
export { useCompareStore, type ColumnLive, type CompareState } from './compare-store';
export { columnTargets, useColumnRunTargets, type ColumnRunTarget, type ColumnTarget } from './targets';
export { sendAll, startComparison, stopAll, stopColumn } from './send-all';
export { openSaved, openSharedComparison, rerunSaved } from './saved-actions';
