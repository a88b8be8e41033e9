/** A comparison written out: JSON for tools, a Markdown table for notes and issues. Never a key. */
import { maskUrlSecrets } from '../api/url-secrets';
import { parseRequestText } from '../request/parse-request';
import { formatCell } from './format';
import { compareTable, type MetricId } from './table';
import type { ColumnRun, ColumnSettings } from './types';

export const COMPARISON_FORMAT = 'responses-playground-comparison';
export const COMPARISON_VERSION = 1;

export interface ComparisonColumn {
  settings: Pick<ColumnSettings, 'baseUrl' | 'model' | 'overrides'>;
  runs: readonly ColumnRun[];
}

export interface ComparisonReport {
  createdAt: number;
  /** The editor's request the columns were built from. */
  requestText: string;
  columns: readonly ComparisonColumn[];
}

/** English names of the measures; the app passes its own language's. */
export const METRIC_LABELS: Record<MetricId, string> = {
  ttftMs: 'Time to first token',
  totalMs: 'Total time',
  tokensPerSecond: 'Tokens per second',
  inputTokens: 'Input tokens',
  cachedTokens: 'Cached tokens',
  outputTokens: 'Output tokens',
  reasoningTokens: 'Reasoning tokens',
  eventCount: 'Events',
  cost: 'Cost',
  httpStatus: 'HTTP status',
  requestId: 'Request id',
};

/** The words of the Markdown table, so the app can write it in the UI's language. */
export interface MarkdownWords {
  labels: Record<MetricId, string>;
  measure: string;
  /** `Column 3` */
  column: (n: number) => string;
  best: string;
}

export const ENGLISH_WORDS: MarkdownWords = {
  labels: METRIC_LABELS,
  measure: 'Measure',
  column: (n) => `Column ${n}`,
  best: 'best',
};

function columnTitle(column: ComparisonColumn, index: number, words: MarkdownWords): string {
  const model = column.settings.model.trim();
  return `${words.column(index + 1)}: ${model ? `${model} @ ` : ''}${maskUrlSecrets(column.settings.baseUrl)}`;
}

/**
 * The comparison as JSON text: settings (base URLs with credential-like query values masked, no
 * key, no headers), every run's measures, event types and answer, and the figures table.
 */
export function comparisonJson(report: ComparisonReport): string {
  const parsed = parseRequestText(report.requestText);
  const rows = compareTable(report.columns.map((c) => c.runs));
  return `${JSON.stringify(
    {
      format: COMPARISON_FORMAT,
      version: COMPARISON_VERSION,
      created_at: new Date(report.createdAt).toISOString(),
      request: parsed.ok ? parsed.value : report.requestText,
      columns: report.columns.map((column, i) => ({
        column: i + 1,
        base_url: maskUrlSecrets(column.settings.baseUrl),
        model: column.settings.model,
        overrides: column.settings.overrides,
        runs: column.runs.map((run) => ({
          status: run.status,
          model: run.model,
          measures: run.measures,
          event_types: run.eventTypes,
          answer: run.answer,
          tool_calls: run.toolCalls.map((c) => ({ name: c.name, call_id: c.callId, arguments: c.arguments })),
        })),
      })),
      figures: rows.map((row) => ({
        measure: row.id,
        better: row.better,
        columns: row.cells,
        best_columns: row.best.map((i) => i + 1),
      })),
    },
    null,
    2,
  )}\n`;
}

/** Text made safe for a Markdown table cell: no pipes or line breaks break the row. */
function cellText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n|\r/g, ' ');
}

/**
 * The figures as a Markdown table: one row per measure, one column per column, the best value in
 * bold and marked "(best)" so it survives without formatting.
 */
export function comparisonMarkdown(report: ComparisonReport, words: MarkdownWords = ENGLISH_WORDS): string {
  const rows = compareTable(report.columns.map((c) => c.runs));
  const titles = report.columns.map((c, i) => cellText(columnTitle(c, i, words)));
  const head = `| ${cellText(words.measure)} | ${titles.join(' | ')} |`;
  const rule = `| --- | ${report.columns.map(() => '---').join(' | ')} |`;
  const body = rows.map((row) => {
    const cells = row.cells.map((cell, i) => {
      const text = cellText(formatCell(row.id, cell));
      return row.best.includes(i) ? `**${text}** (${cellText(words.best)})` : text;
    });
    return `| ${cellText(words.labels[row.id])} | ${cells.join(' | ')} |`;
  });
  return `${[head, rule, ...body].join('\n')}\n`;
}
