import { useTranslation } from 'react-i18next';
import { InlineCode } from '../../components/ui/inline-code';
import { SortableItem } from '../../components/ui/sortable';
import {
  getAt,
  hostedSpec,
  isObject,
  setToolField,
  type Finding,
  type HostedField,
  type OtherEntry,
} from '../../core/tools';
import { JsonField, parseOptionalJson } from './json-field';
import { useHostedWords } from './hosted-words';
import { LintList } from './lint-list';
import { ToolCardHeader, type CardControls } from './tool-card-header';
import type { RequestDoc } from './use-request-doc';

interface Props {
  entry: OtherEntry;
  doc: RequestDoc;
  findings: Finding[];
  controls: CardControls;
}

/** A hosted tool with its form, or any other tool (custom, namespace, Chat-shaped) as raw JSON. */
export function HostedToolCard({ entry, doc, findings, controls }: Props) {
  const { t } = useTranslation('tools');
  const words = useHostedWords();
  const { tool, index } = entry;
  const path = ['tools', index];
  const spec = entry.kind === 'hosted' ? hostedSpec(entry.type) : undefined;
  const name =
    isObject(tool) && typeof tool.name === 'string'
      ? ` ${tool.name}`
      : isObject(tool) && typeof tool.server_label === 'string'
        ? ` ${tool.server_label}`
        : '';
  const title = `${spec ? words.toolLabel(spec) : entry.type || t('hosted.untitled')}${name}`;
  const setField = (field: HostedField, value: unknown) => {
    if (!isObject(tool)) return;
    doc.replace(path, tool, setToolField(tool, field.path, value));
  };
  return (
    <SortableItem
      id={entry.id}
      disabled={controls.disabled}
      aria-label={t('hosted.card', { title })}
      className="rounded border border-violet-300 bg-surface p-2"
    >
      <ToolCardHeader id={entry.id} label={t('hosted.handle', { title })} controls={controls}>
        <span className="text-xs font-semibold tracking-wide text-violet-900 uppercase">
          {spec ? t('hosted.kindHosted') : t('hosted.kindTool')}
        </span>
        <span className="font-mono text-sm">{entry.type || t('hosted.noType')}</span>
        <span className="text-sm">{name}</span>
      </ToolCardHeader>
      {!controls.collapsed && (
        <div className="mt-1.5 grid gap-1 text-xs">
          {spec?.fields.map((field) => (
            <FieldRow
              key={field.path.join('.')}
              field={field}
              value={getAt(tool, field.path)}
              disabled={controls.disabled}
              onChange={(v) => setField(field, v)}
            />
          ))}
          <details open={!spec}>
            <summary className="cursor-pointer">{t('hosted.allFields')}</summary>
            <JsonField
              label={t('hosted.jsonOf', { title })}
              value={tool}
              parse={parseOptionalJson}
              onCommit={(v) => v !== undefined && doc.replace(path, tool, v)}
              rows={6}
              disabled={controls.disabled}
            />
          </details>
          <LintList
            findings={findings}
            label={t('hosted.lintFor', { title })}
            onFix={doc.applyFix}
            disabled={controls.disabled}
          />
        </div>
      )}
    </SortableItem>
  );
}

function FieldRow({
  field,
  value,
  disabled,
  onChange,
}: {
  field: HostedField;
  value: unknown;
  disabled: boolean;
  onChange: (v: unknown) => void;
}) {
  const { t } = useTranslation('tools');
  const words = useHostedWords();
  const fieldLabel = words.fieldLabel(field);
  const hint = words.fieldHint(field);
  const label = `${fieldLabel}${field.required ? ' *' : ''}`;
  const input = (() => {
    switch (field.kind) {
      case 'select': {
        const options = field.options ?? [];
        const custom = value !== undefined && !(typeof value === 'string' && options.includes(value));
        return (
          <select
            aria-label={fieldLabel}
            disabled={disabled}
            value={custom ? '__custom' : typeof value === 'string' ? value : ''}
            onChange={(e) =>
              e.target.value !== '__custom' && onChange(e.target.value === '' ? undefined : e.target.value)
            }
            className="rounded border border-slate-300 bg-white px-1 py-0.5"
          >
            <option value="">{t('hosted.default')}</option>
            {options.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
            {custom && <option value="__custom">{t('hosted.asInJson')}</option>}
          </select>
        );
      }
      case 'number':
        return (
          <input
            type="number"
            aria-label={fieldLabel}
            disabled={disabled}
            value={typeof value === 'number' ? value : ''}
            onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
            className="w-28 rounded border border-slate-300 px-1 py-0.5"
          />
        );
      case 'boolean':
        return (
          <input
            type="checkbox"
            aria-label={fieldLabel}
            disabled={disabled}
            checked={value === true}
            onChange={(e) => onChange(e.target.checked)}
          />
        );
      case 'list':
        return (
          <JsonField
            label={fieldLabel}
            value={value}
            format={(v) => (Array.isArray(v) ? v.join(', ') : v === undefined ? '' : JSON.stringify(v))}
            parse={(t) => ({
              ok: true,
              value:
                t.trim() === ''
                  ? field.required
                    ? []
                    : undefined
                  : t
                      .split(',')
                      .map((s) => s.trim())
                      .filter((s) => s !== ''),
            })}
            onCommit={onChange}
            disabled={disabled}
            hint={hint}
          />
        );
      case 'json':
        return (
          <JsonField
            label={fieldLabel}
            value={value}
            parse={parseOptionalJson}
            onCommit={onChange}
            disabled={disabled}
            hint={hint}
          />
        );
      case 'text':
        return (
          <input
            aria-label={fieldLabel}
            disabled={disabled}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => onChange(e.target.value === '' && !field.required ? undefined : e.target.value)}
            className="flex-1 rounded border border-slate-300 px-1 py-0.5"
          />
        );
    }
  })();
  return (
    <div className="flex items-start gap-2">
      <span className="w-36 shrink-0 pt-1">{label}</span>
      {input}
      {hint && field.kind !== 'json' && field.kind !== 'list' && (
        <span className="pt-1 text-ink-muted">
          <InlineCode text={hint} />
        </span>
      )}
    </div>
  );
}
