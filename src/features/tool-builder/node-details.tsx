import { useTranslation } from 'react-i18next';
import { i18n } from '../../i18n';
import { extrasOf, setDefault, setEnum, setExtras, type SchemaModel } from '../../core/tools';
import { JsonField, parseJsonObject, parseOptionalJson, type Parsed } from './json-field';
import { useSchemaEdit } from './schema-context';
import { plain } from './plain-text';

/** Enum as typed: a JSON array, or a comma-separated list (numbers for numeric types). */
function parseEnum(text: string, type: string | undefined): Parsed<unknown[] | undefined> {
  const t = text.trim();
  if (t === '') return { ok: true, value: undefined };
  if (t.startsWith('[')) {
    const r = parseOptionalJson(t);
    return r.ok && Array.isArray(r.value)
      ? { ok: true, value: r.value }
      : { ok: false, error: i18n.t('tools:node.enumExpected') };
  }
  const values = t
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const out: unknown[] = [];
  for (const v of values) {
    if (v === 'null') out.push(null);
    else if (type === 'number' || type === 'integer') {
      const n = Number(v);
      if (Number.isNaN(n)) return { ok: false, error: i18n.t('tools:node.notANumber', { value: v }) };
      out.push(n);
    } else if (type === 'boolean') out.push(v === 'true');
    else out.push(v.replace(/^"(.*)"$/, '$1'));
  }
  return { ok: true, value: out };
}

/** Enum, default, and the keywords the builder has no control for, as raw JSON. */
export function NodeDetails({ node, name }: { node: SchemaModel; name: string }) {
  const { t } = useTranslation('tools');
  const edit = useSchemaEdit();
  const isObject = typeof node.schema === 'object' && node.schema !== null;
  if (!isObject) return <p className="text-xs text-ink-muted">{t('node.booleanSchema')}</p>;
  return (
    <div className="mt-1 grid gap-1 rounded bg-surface-muted p-1.5 text-xs">
      <label className="flex items-start gap-2">
        <span className="w-28 shrink-0 pt-1">{t('node.enumValues')}</span>
        <JsonField
          label={t('node.enumOf', { name })}
          value={node.enumValues}
          parse={(t) => parseEnum(t, node.type)}
          onCommit={(v) => edit.commit(setEnum(edit.root, node.path, v))}
          disabled={edit.disabled}
          placeholder={plain(t('node.enumPlaceholder'))}
        />
      </label>
      <label className="flex items-start gap-2">
        <span className="w-28 shrink-0 pt-1">{t('node.default')}</span>
        <JsonField
          label={t('node.defaultOf', { name })}
          value={node.defaultValue?.value}
          format={(v) => (node.defaultValue ? JSON.stringify(v) : '')}
          parse={parseOptionalJson}
          onCommit={(v) =>
            edit.commit(setDefault(edit.root, node.path, v === undefined ? undefined : { value: v }))
          }
          disabled={edit.disabled}
          placeholder={plain(t('node.defaultPlaceholder'))}
        />
      </label>
      <label className="flex items-start gap-2">
        <span className="w-28 shrink-0 pt-1">{t('node.otherKeywords')}</span>
        <JsonField
          label={t('node.extraOf', { name })}
          value={extrasOf(node.schema)}
          format={(v) => (Object.keys(v as object).length === 0 ? '' : JSON.stringify(v, null, 2))}
          parse={parseJsonObject}
          onCommit={(v) => edit.commit(setExtras(edit.root, node.path, v))}
          rows={3}
          disabled={edit.disabled}
          placeholder='{"pattern": "^[A-Z]", "format": "date", "minimum": 0, …}'
          hint={t('node.extraHint')}
        />
      </label>
    </div>
  );
}
