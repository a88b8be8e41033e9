import { Button } from '../../components/ui/button';
import { useMemo, useState } from 'react';
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
        topNoun: 'Property',
        scope: 'text.format',
      },
    // `path` is constant.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [format, strict, disabled, doc],
  );

  return (
    <section aria-label="Structured output" className="rounded border border-slate-300 bg-white p-3">
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-base font-semibold">Structured output</h2>
        <label className="inline-flex items-center gap-1.5 text-sm">
          Response format
          <select
            aria-label="Response format"
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
            className="rounded border border-slate-300 bg-white px-1 py-0.5"
          >
            <option value="text">text (default)</option>
            <option value="json_object">json_object (JSON mode)</option>
            <option value="json_schema">json_schema</option>
            {kind === 'other' && <option value="other">{String(format?.type)} (as in JSON)</option>}
          </select>
        </label>
      </div>
      {format && kind === 'json_schema' && edit && (
        <div className="mt-2 flex flex-col gap-1.5">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <input
              aria-label="Schema name"
              disabled={disabled}
              value={typeof format.name === 'string' ? format.name : ''}
              onChange={(e) => write(withKey(format, 'name', e.target.value))}
              className="w-44 rounded border border-slate-300 px-1.5 py-0.5 font-mono"
            />
            <label
              className="inline-flex items-center gap-1"
              title="text.format.strict: the answer always matches the schema"
            >
              <input
                type="checkbox"
                aria-label="Enforce schema"
                disabled={disabled}
                checked={strict}
                onChange={(e) => write(withKey(format, 'strict', e.target.checked))}
              />
              Enforce schema <code className="text-xs">(strict)</code>
            </label>
          </div>
          <input
            aria-label="Schema description"
            placeholder="What the answer is for"
            disabled={disabled}
            value={typeof format.description === 'string' ? format.description : ''}
            onChange={(e) =>
              write(
                e.target.value === '' && !('description' in format)
                  ? format
                  : withKey(format, 'description', e.target.value),
              )
            }
            className="w-full rounded border border-slate-300 px-1.5 py-0.5 text-sm"
          />
          <SchemaEditContext.Provider value={edit}>
            {model && <ObjectEditor node={model} depth={0} />}
            {model && (
              <details className="text-xs">
                <summary className="cursor-pointer">Schema keywords</summary>
                <NodeDetails node={model} name="the answer schema" />
              </details>
            )}
          </SchemaEditContext.Provider>
          <InferFromExample
            disabled={disabled}
            onInfer={(schema) => doc.replace([...path, 'schema'], format.schema, schema)}
          />
          <SchemaMetersView schema={format.schema} label="Limits used by the answer schema" />
          <LintList
            findings={findings}
            label="Lint for the answer schema"
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
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  return (
    <details className="text-xs">
      <summary className="cursor-pointer">Infer the schema from an example answer</summary>
      <textarea
        aria-label="Example JSON"
        rows={4}
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.target.value)}
        className="mt-1 w-full rounded border border-slate-300 p-1 font-mono"
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
        Infer schema
      </Button>
      {error && <p className="text-red-800">{error}</p>}
    </details>
  );
}
