/** The results table the CLI prints: one row per test, and what failed under each failing row. */
import {
  catalogueTranslate,
  fillTemplate,
  passRate,
  rowWhyText,
  runFigures,
  violationText,
  type TestResult,
  type ToolTest,
} from '../../src/core/tools/tool-tests';
import { toolTests as en } from '../../src/i18n/en/tool-tests';

/** Worded as in the app's English catalogue. */
const t = catalogueTranslate(en);

/** A test's label: its name, else its input on one line. */
export function testLabel(test: ToolTest, max = 40): string {
  const raw =
    test.name ??
    (typeof test.input === 'string'
      ? test.input
      : fillTemplate(en.inputItemsLabel, { count: test.input.length }));
  const line = raw.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** The table for one preset's results, with a detail block under each failing row. */
export function resultsTable(tests: readonly ToolTest[], results: readonly TestResult[]): string {
  const header = [
    '#',
    en.col.test,
    en.col.result,
    en.col.passRate,
    en.col.latency,
    en.col.tokens,
    en.col.why,
  ];
  const rows: string[][] = [];
  const details: string[][] = [];
  results.forEach((result, i) => {
    const test = tests[i];
    if (!test) return;
    const figures = runFigures(result);
    const rate = passRate(result);
    rows.push([
      String(i + 1),
      testLabel(test),
      result.pass ? en.verdict.pass : en.verdict.fail,
      rate === undefined ? '–' : `${result.passed}/${result.runs.length} (${Math.round(rate * 100)}%)`,
      figures.latencyMs === undefined ? '–' : `${Math.round(figures.latencyMs)} ms`,
      figures.tokens === undefined ? '–' : String(figures.tokens),
      rowWhyText(result, t),
    ]);
    details.push(result.pass ? [] : callLines(result));
  });
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [line(header), line(widths.map((w) => '-'.repeat(w)))];
  rows.forEach((row, i) => {
    out.push(line(row));
    for (const detail of details[i] ?? []) out.push(`     ${detail}`);
  });
  return out.join('\n');
}

/** The calls of the first failing run, with every schema violation. */
function callLines(result: TestResult): string[] {
  const run = result.runs.find((r) => !r.pass);
  if (!run) return [];
  if (run.calls.length === 0)
    return [run.text ? fillTemplate(en.answeredText, { text: clip(run.text, 100) }) : en.noCalls];
  return run.calls.flatMap((call) => [
    `${call.name} ${clip(call.arguments, 200)}`,
    ...call.violations.map((v) => `  ✗ ${violationText(v)}`),
    ...(call.notJson ? [`  ✗ ${call.notJson}`] : []),
  ]);
}

function clip(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
