import { Button } from '../../components/ui/button';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  emptyObjectSchema,
  inferSchema,
  isObject,
  schemaToModel,
  withKey,
  wrapInObject,
  type Finding,
  type JsonObject,
  type SchemaModel,
} from '../../core/tools';
import { LintList } from './lint-list';
import { plain } from './plain-text';
import { SchemaMetersView } from './meters';
import { NodeDetails } from './node-details';
import { ObjectEditor } from './object-editor';
import { SchemaEditContext, type SchemaEdit } from './schema-context';
import { useReconciled } from './use-reconciled';
import type { RequestDoc } from './use-request-doc';

const NEW_FORMAT = {
  type: 'json_schema',
  name: 'response',
  schema: emptyObjectSchema(),
  strict: true,
};

/** `text.format`: plain text, JSON mode, or a JSON Schema edited with the same builder. */
export function StructuredOutputPanel({ doc, findings }: { doc: RequestDoc; findings: Finding[] }) {
  const { t } = useTranslation('tools');
  const text = isObject(doc.request.text) ? doc.request.text : undefined;
  const format = text && isObject(text.format) ? text.format : undefined;
  const kind =
    format?.type === 'json_schema'
      ? 'json_schema'
      : format?.type === 'json_object'
        ? 'json_object'
        : format
          ? 'other'
          : 'text';
  const disabled = doc.stale;
  const path = ['text', 'format'];
  const write = (next: unknown) => doc.replace(path, format, next);
  const strict = format?.strict === true;
  const model = useReconciled<JsonObject | undefined, SchemaModel | undefined>(format, (f, prev) =>
    f && f.schema !== undefined ? schemaToModel(f.schema, { strict: f.strict === true, prev }) : undefined,
  );
  const edit = useMemo<SchemaEdit | undefined>(
    () =>
      format && {
        root: format.schema,
        strict,
        disabled,
        commit: (root) => doc.replace([...path, 'schema'], format.schema, root),
        topNoun: 'property',
        scope: 'text.format',
      },
    // `path` is constant.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [format, strict, disabled, doc],
  );

  return (
    <section aria-label={t('structured.region')} className="rounded border border-line bg-surface p-3">
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-base font-semibold">{t('structured.region')}</h2>
        <label className="inline-flex items-center gap-1.5 text-sm">
          {t('structured.responseFormat')}
          <select
            aria-label={t('structured.responseFormat')}
            disabled={disabled}
            value={kind}
            onChange={(e) =>
              write(
                e.target.value === 'text'
                  ? undefined
                  : e.target.value === 'json_object'
                    ? { type: 'json_object' }
                    : NEW_FORMAT,
              )
            }
            className="rounded border border-line bg-surface px-1 py-0.5"
          >
            <option value="text">{plain(t('structured.text'))}</option>
            <option value="json_object">{plain(t('structured.jsonObject'))}</option>
            <option value="json_schema">json_schema</option>
            {kind === 'other' && (
              <option value="other">{t('structured.other', { type: String(format?.type) })}</option>
            )}
          </select>
        </label>
      </div>
      {format && kind === 'json_schema' && edit && (
        <div className="mt-2 flex flex-col gap-1.5">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <input
              aria-label={t('structured.schemaName')}
              disabled={disabled}
              value={typeof format.name === 'string' ? format.name : ''}
              onChange={(e) => write(withKey(format, 'name', e.target.value))}
              className="w-44 rounded border border-line px-1.5 py-0.5 font-mono"
            />
            <label className="inline-flex items-center gap-1" title={plain(t('structured.enforceTitle'))}>
              <input
                type="checkbox"
                aria-label={t('structured.enforce')}
                disabled={disabled}
                checked={strict}
                onChange={(e) => write(withKey(format, 'strict', e.target.checked))}
              />
              {t('structured.enforce')} <code className="text-xs">(strict)</code>
            </label>
          </div>
          <input
            aria-label={t('structured.description')}
            placeholder={t('structured.descriptionPlaceholder')}
            disabled={disabled}
            value={typeof format.description === 'string' ? format.description : ''}
            onChange={(e) =>
              write(
                e.target.value === '' && !('description' in format)
                  ? format
                  : withKey(format, 'description', e.target.value),
              )
            }
            className="w-full rounded border border-line px-1.5 py-0.5 text-sm"
          />
          <SchemaEditContext.Provider value={edit}>
            {model && <ObjectEditor node={model} depth={0} />}
            {model && (
              <details className="text-xs">
                <summary className="cursor-pointer">{t('structured.schemaKeywords')}</summary>
                <NodeDetails node={model} name={t('structured.answerSchema')} />
              </details>
            )}
          </SchemaEditContext.Provider>
          <InferFromExample
            disabled={disabled}
            onInfer={(schema) => doc.replace([...path, 'schema'], format.schema, schema)}
          />
          <SchemaMetersView schema={format.schema} label={t('structured.limits')} />
          <LintList
            findings={findings}
            label={t('structured.lint')}
            onFix={doc.applyFix}
            disabled={disabled}
          />
        </div>
      )}
    </section>
  );
}

function InferFromExample({
  disabled,
  onInfer,
}: {
  disabled: boolean;
  onInfer: (schema: JsonObject) => void;
}) {
  const { t } = useTranslation('tools');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  return (
    <details className="text-xs">
      <summary className="cursor-pointer">{t('structured.inferSummary')}</summary>
      <textarea
        aria-label={t('structured.example')}
        rows={4}
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.target.value)}
        className="mt-1 w-full rounded border border-line p-1 font-mono"
      />
      <Button
        disabled={disabled || text.trim() === ''}
        onClick={() => {
          try {
            const schema = inferSchema(JSON.parse(text));
            onInfer(schema.type === 'object' ? schema : wrapInObject(schema));
            setError(undefined);
          } catch (e) {
            setError(e instanceof Error ? e.message : String(e));
          }
        }}
      >
        {t('structured.infer')}
      </Button>
      {error && <p className="text-danger">{error}</p>}
    </details>
  );
}
