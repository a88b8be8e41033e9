/**
 * Compare mode: one request sent to two to four columns (endpoint, key, model, overrides), measured
 * and compared. Other features may run things on every column through `columnTargets()` (each
 * column's endpoint with its key, model and overrides) and follow the columns with
 * `useCompareStore((s) => s.columns)`.
 */
export { CompareArea, CompareButton } from './compare-panel';
export { useCompareStore, type ColumnLive, type CompareState } from './compare-store';
export { columnTargets, useColumnRunTargets, type ColumnRunTarget, type ColumnTarget } from './targets';
export { sendAll, startComparison, stopAll, stopColumn } from './send-all';
export { openSaved, openSharedComparison, rerunSaved } from './saved-actions';
