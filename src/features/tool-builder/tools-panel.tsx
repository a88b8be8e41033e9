import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { Panel } from '../../components/ui/panel';
import { SortableList } from '../../components/ui/sortable';
import {
  duplicateTool,
  HOSTED_TOOL_SPECS,
  lintRequest,
  moveItem,
  newFunctionTool,
  pathStartsWith,
  toolEntries,
  toolNames,
  type Finding,
  type ToolEntry,
} from '../../core/tools';
import { FunctionToolCard } from './function-tool-card';
import { HostedToolCard } from './hosted-tool-card';
import { ImportPanel } from './import-panel';
import { LintList } from './lint-list';
import { Announcer } from './reorder-handle';
import { StructuredOutputPanel } from './structured-output-panel';
import { ToolChoiceEditor } from './tool-choice-editor';
import { useReconciled } from './use-reconciled';
import { useRequestDoc } from './use-request-doc';
import type { CardControls } from './tool-card-header';
import { useHostedWords } from './hosted-words';

/**
 * The visual tool builder, in two-way sync with Request JSON: every edit is a format-preserving
 * patch of the request text, and every change of the text re-derives the builder (from the last
 * JSON that parsed, so invalid JSON never wipes it).
 */
export function ToolsPanel() {
  const { t } = useTranslation('tools');
  const hostedWords = useHostedWords();
  const doc = useRequestDoc();
  const { request, stale } = doc;
  const rawTools = request.tools;
  const tools = useMemo(() => (Array.isArray(rawTools) ? (rawTools as unknown[]) : []), [rawTools]);
  const entries = useReconciled(rawTools, (t, prev: ToolEntry[] | undefined) => toolEntries(t, prev));
  const findings = useMemo(() => lintRequest(request), [request]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const writeTools = (next: unknown[]) => doc.replace(['tools'], rawTools, next);
  const moveTool = (from: number, to: number) => writeTools(moveItem(tools, from, to));
  const addFunction = () => writeTools([...tools, newFunctionTool(toolNames(tools))]);

  const controls = (entry: ToolEntry): CardControls => ({
    index: entry.index,
    count: entries.length,
    collapsed: collapsed.has(entry.id),
    disabled: stale,
    onToggle: () => {
      const next = new Set(collapsed);
      if (next.has(entry.id)) next.delete(entry.id);
      else next.add(entry.id);
      setCollapsed(next);
    },
    onMove: moveTool,
    onDuplicate: () =>
      writeTools([
        ...tools.slice(0, entry.index + 1),
        duplicateTool(entry.tool, toolNames(tools)),
        ...tools.slice(entry.index + 1),
      ]),
    onDelete: () => writeTools(tools.filter((_, i) => i !== entry.index)),
  });
  const forTool = (i: number) => findings.filter((f) => pathStartsWith(f.path, ['tools', i]));
  const general = findings
    .filter((f: Finding) => !pathStartsWith(f.path, ['tools']) || f.path.length === 1)
    .filter((f) => !pathStartsWith(f.path, ['text']));
  const formatFindings = findings.filter((f) => pathStartsWith(f.path, ['text']));
  const upFront = entries.filter((e) => e.kind === 'function' && e.tool.defer_loading !== true).length;
  const approxTokens = Math.ceil(JSON.stringify(tools).length / 4);

  return (
    <>
      <Panel
        label={t('region')}
        meta={t('meta', { count: entries.length, upFront, tokens: approxTokens })}
        actions={
          <>
            <Button variant="primary" size="md" disabled={stale} onClick={addFunction}>
              {t('addFunction')}
            </Button>
            <select
              aria-label={t('addHosted')}
              disabled={stale}
              value=""
              onChange={(e) => {
                const spec = HOSTED_TOOL_SPECS.find((s) => s.type === e.target.value);
                if (spec) writeTools([...tools, structuredClone(spec.template)]);
              }}
              className="rounded border border-line-strong bg-surface px-1 text-sm"
            >
              <option value="">{t('addHostedPlaceholder')}</option>
              {HOSTED_TOOL_SPECS.map((s) => (
                <option key={s.type} value={s.type}>
                  {hostedWords.toolLabel(s)}
                </option>
              ))}
            </select>
          </>
        }
      >
        <Announcer />
        {stale && (
          <p className="rounded border border-warning-line bg-warning-surface p-1.5 text-xs text-warning-ink">
            {t('stale')}
          </p>
        )}
        {entries.length === 0 && <p className="text-sm text-ink-muted">{t('empty')}</p>}
        <SortableList ids={entries.map((e) => e.id)} onMove={moveTool}>
          <ol className="flex flex-col gap-2">
            {entries.map((entry) =>
              entry.kind === 'function' ? (
                <FunctionToolCard
                  key={entry.id}
                  entry={entry}
                  doc={doc}
                  findings={forTool(entry.index)}
                  controls={controls(entry)}
                />
              ) : (
                <HostedToolCard
                  key={entry.id}
                  entry={entry}
                  doc={doc}
                  findings={forTool(entry.index)}
                  controls={controls(entry)}
                />
              ),
            )}
          </ol>
        </SortableList>
        <ImportPanel doc={doc} disabled={stale} />
        <ToolChoiceEditor doc={doc} disabled={stale} />
        <LintList findings={general} label={t('lintRequest')} onFix={doc.applyFix} disabled={stale} />
      </Panel>
      <StructuredOutputPanel doc={doc} findings={formatFindings} />
    </>
  );
}
