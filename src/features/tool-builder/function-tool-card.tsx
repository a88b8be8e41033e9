import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { InlineCode } from '../../components/ui/inline-code';
import { SortableItem } from '../../components/ui/sortable';
import {
  addProperty,
  emptyObjectSchema,
  fixAll,
  withKey,
  type FunctionEntry,
  type Finding,
  type JsonObject,
} from '../../core/tools';
import { LintList } from './lint-list';
import { plain } from './plain-text';
import { SchemaMetersView } from './meters';
import { NodeDetails } from './node-details';
import { ObjectEditor } from './object-editor';
import { SchemaEditContext, type SchemaEdit } from './schema-context';
import { ToolCardHeader, type CardControls } from './tool-card-header';
import type { RequestDoc } from './use-request-doc';

interface Props {
  entry: FunctionEntry;
  doc: RequestDoc;
  findings: Finding[];
  controls: CardControls;
}

/** A function tool: name, description, Strict, its parameters, findings and meters. */
export function FunctionToolCard({ entry, doc, findings, controls }: Props) {
  const { t } = useTranslation('tools');
  const { tool, index } = entry;
  const path = ['tools', index];
  const [rootOpen, setRootOpen] = useState(false);
  const write = (next: JsonObject) => doc.replace(path, tool, next);
  const schemaEdit = useMemo<SchemaEdit>(
    () => ({
      root: tool.parameters,
      strict: entry.strictMode,
      disabled: controls.disabled,
      commit: (root) => doc.replace([...path, 'parameters'], tool.parameters, root),
      topNoun: 'parameter',
      scope: entry.id,
    }),
    // `path` is derived from index.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [tool, entry.strictMode, entry.id, controls.disabled, doc, index],
  );
  const label = t('function.handle', { name: entry.name });
  const errors = findings.filter((f) => f.severity === 'error').length;
  const fixable = findings.some((f) => f.fix && f.severity !== 'info');
  const makeStrict = () => {
    const fixed = fixAll(doc.request, path).request;
    const tools = fixed.tools as unknown[];
    doc.replace(path, tool, tools[index]);
  };

  return (
    <SortableItem
      id={entry.id}
      disabled={controls.disabled}
      aria-label={t('function.card', { name: entry.name })}
      className="rounded border border-line bg-surface p-2"
    >
      <ToolCardHeader id={entry.id} label={label} controls={controls}>
        <span className="text-xs font-semibold tracking-wide text-info-ink uppercase">
          {t('function.kind')}
        </span>
        <input
          aria-label={t('function.name')}
          value={entry.name}
          disabled={controls.disabled}
          onChange={(e) => write(withKey(tool, 'name', e.target.value))}
          className="w-48 rounded border border-line px-1.5 py-0.5 font-mono text-sm"
        />
        <label className="inline-flex items-center gap-1 text-sm" title={plain(t('function.strictTitle'))}>
          <input
            type="checkbox"
            checked={entry.strict === true}
            disabled={controls.disabled}
            onChange={(e) => write(withKey(tool, 'strict', e.target.checked))}
          />
          {t('function.strict')}
        </label>
        {entry.strict === undefined && (
          <span className="text-xs text-warning-ink">
            <InlineCode text={t('function.strictUnset')} />
          </span>
        )}
        {errors > 0 && <Badge tone="danger">{t('lintList.errors', { count: errors })}</Badge>}
      </ToolCardHeader>
      {!controls.collapsed && (
        <div className="mt-1.5 flex flex-col gap-1.5">
          <textarea
            aria-label={t('function.description')}
            placeholder={t('function.descriptionPlaceholder')}
            rows={2}
            value={entry.description}
            disabled={controls.disabled}
            onChange={(e) =>
              write(
                e.target.value === '' && !('description' in tool)
                  ? tool
                  : withKey(tool, 'description', e.target.value),
              )
            }
            className="w-full rounded border border-line px-1.5 py-1 text-sm"
          />
          <SchemaEditContext.Provider value={schemaEdit}>
            {entry.parameters ? (
              <>
                <ObjectEditor node={entry.parameters} depth={0} />
                <div className="text-xs">
                  <Button
                    variant="link"
                    size="xs"
                    aria-expanded={rootOpen}
                    onClick={() => setRootOpen(!rootOpen)}
                  >
                    {t('function.schemaKeywords')}
                    <span className="sr-only"> {t('function.schemaKeywordsOf', { name: entry.name })}</span>
                  </Button>
                  {rootOpen && (
                    <NodeDetails
                      node={entry.parameters}
                      name={t('function.parametersOf', { name: entry.name })}
                    />
                  )}
                </div>
              </>
            ) : (
              <Button
                variant="dashed"
                size="xs"
                disabled={controls.disabled}
                className="self-start"
                onClick={() =>
                  write(
                    withKey(
                      tool,
                      'parameters',
                      addProperty(emptyObjectSchema(), [], { strict: true }).schema,
                    ),
                  )
                }
              >
                {t('node.parameter.add')}
              </Button>
            )}
          </SchemaEditContext.Provider>
          {entry.parameters && entry.strict !== false && (
            <SchemaMetersView schema={tool.parameters} label={t('function.limitsOf', { name: entry.name })} />
          )}
          <LintList
            findings={findings}
            label={t('function.lintFor', { name: entry.name })}
            onFix={doc.applyFix}
            disabled={controls.disabled}
            fixAll={
              fixable && (
                <Button size="xs" disabled={controls.disabled} onClick={makeStrict} className="self-start">
                  {t('function.fixAll')}
                  <span className="sr-only"> {t('function.fixAllFor', { name: entry.name })}</span>
                </Button>
              )
            }
          />
        </div>
      )}
    </SortableItem>
  );
}
