/** Compare mode's pure logic: column requests and endpoints, measures, the table, diffs, exports. */
export * from './types';
export { spreadOf, type Spread } from './stats';
export { costOf, priceFor, runMeasures } from './figures';
export {
  BETTER,
  bestColumns,
  compareTable,
  METRICS,
  type MetricCell,
  type MetricId,
  type MetricRow,
  type NumericMetric,
} from './table';
export {
  diffAnswers,
  WORD_DIFF_CHARS,
  type AnswerDiff,
  type DiffSegment,
  type DiffSegmentKind,
} from './answer-diff';
export {
  countEventType,
  diffEventTypes,
  MAX_EVENT_TYPES,
  UNTYPED_EVENT,
  type EventTypeDiff,
} from './event-diff';
export { alignToolCalls, canonicalJson, type ToolCallRow } from './tool-calls';
export {
  columnRequestText,
  MAX_OVERRIDES_CHARS,
  parseOverrides,
  requestProblem,
  type ColumnProblem,
} from './column-request';
export {
  COMPARE_KEY_OWNER,
  columnEndpoint,
  resolveColumn,
  type EndpointContext,
  type ResolvedColumn,
} from './endpoint';
export { formatCell, formatCost, formatMs, formatSpread, formatValue } from './format';
export {
  COMPARISON_FORMAT,
  COMPARISON_VERSION,
  comparisonJson,
  comparisonMarkdown,
  ENGLISH_WORDS,
  METRIC_LABELS,
  type ComparisonColumn,
  type ComparisonReport,
  type MarkdownWords,
} from './export';
export { comparisonEnvelope, readSharedComparison, type SharedComparison } from './share';
export { COMPARE_STORAGE_VERSION, sanitizeColumn, sanitizeCompare, type PersistedCompare } from './persisted';
export { savedComparisons, type SavedComparison } from './saved';
