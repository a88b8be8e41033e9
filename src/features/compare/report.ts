/** The comparison on screen as a report for export and sharing. */
import {
  comparisonJson,
  comparisonMarkdown,
  METRICS,
  type ComparisonReport,
  type MetricId,
} from '../../core/compare';
import { i18n } from '../../i18n';
import { useWorkspaceStore } from '../../state/workspace';
import { useCompareStore } from './compare-store';

/** The columns as set and their finished runs, with the request they were made from. */
export function currentReport(): ComparisonReport {
  const { columns, live, current } = useCompareStore.getState();
  return {
    createdAt: current?.at ?? Date.now(),
    requestText: current?.requestText ?? useWorkspaceStore.getState().requestText,
    columns: columns.map((settings) => ({ settings, runs: live[settings.id]?.runs ?? [] })),
  };
}

export function reportJson(): string {
  return comparisonJson(currentReport());
}

/** The Markdown table in the UI's language. */
export function reportMarkdown(): string {
  const t = i18n.getFixedT(null, 'compare');
  const labels = Object.fromEntries(METRICS.map((id) => [id, t(`metric.${id}`)])) as Record<MetricId, string>;
  return comparisonMarkdown(currentReport(), {
    labels,
    measure: t('measure'),
    column: (n) => t('column', { n }),
    best: t('best'),
  });
}
