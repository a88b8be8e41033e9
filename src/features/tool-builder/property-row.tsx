import { useState } from 'react';
import {
  duplicateProperty,
  removeProperty,
  renameProperty,
  setDescription,
  setRequired,
  setType,
  type ParamType,
  type PropertyModel,
  type SchemaModel,
} from '../../core/tools';
import { NodeDetails } from './node-details';
import { ObjectEditor } from './object-editor';
import { dropTarget, ReorderHandle } from './reorder-handle';
import { useSchemaEdit } from './schema-context';
import { TypeSelect } from './type-select';

interface Props {
  prop: PropertyModel;
  parent: SchemaModel;
  index: number;
  count: number;
  depth: number;
  group: string;
  onMove: (from: number, to: number) => void;
}

/** One parameter (or nested property): name, type, Required, description, and its details. */
export function PropertyRow({ prop, parent, index, count, depth, group, onMove }: Props) {
  const edit = useSchemaEdit();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<string | null>(null);
  const noun = depth === 0 ? edit.topNoun : 'Property';
  const node = prop.schema;
  const taken = (parent.properties ?? []).map((p) => p.name).filter((n) => n !== prop.name);
  const nameError =
    draft === null
      ? undefined
      : draft === ''
        ? 'A name is required.'
        : taken.includes(draft)
          ? `"${draft}" is taken.`
          : undefined;

  const rename = (value: string) => {
    setDraft(value);
    if (value !== '' && !taken.includes(value)) {
      edit.commit(renameProperty(edit.root, parent.path, prop.name, value));
      setDraft(null);
    }
  };

  return (
    <li
      aria-label={`${noun} ${prop.name}`}
      className="rounded border border-slate-200 bg-white p-1.5"
      {...dropTarget(group, index, onMove)}
    >
      <div className="flex flex-wrap items-center gap-1.5">
        <ReorderHandle
          group={group}
          id={prop.id}
          index={index}
          count={count}
          label={`${noun.toLowerCase()} ${prop.name}`}
          onMove={onMove}
        />
        <input
          aria-label={`${noun} name`}
          aria-invalid={nameError !== undefined}
          title={nameError}
          disabled={edit.disabled}
          value={draft ?? prop.name}
          onChange={(e) => rename(e.target.value)}
          onBlur={() => setDraft(null)}
          className={`w-36 rounded border px-1.5 py-0.5 font-mono text-sm ${nameError ? 'border-red-500' : 'border-slate-300'}`}
        />
        <TypeSelect
          label={`${noun} type`}
          node={node}
          disabled={edit.disabled}
          onChange={(t: ParamType) => edit.commit(setType(edit.root, node.path, t, { strict: edit.strict }))}
        />
        <label
          className="inline-flex items-center gap-1 text-xs"
          title={
            edit.strict
              ? 'Unchecked in strict mode: listed in required, type unioned with null (optional)'
              : undefined
          }
        >
          <input
            type="checkbox"
            checked={prop.required}
            disabled={edit.disabled}
            onChange={(e) =>
              edit.commit(
                setRequired(edit.root, parent.path, prop.name, e.target.checked, { strict: edit.strict }),
              )
            }
          />
          Required
        </label>
        {prop.optional && (
          <span className="rounded bg-amber-100 px-1 text-xs text-amber-900">optional (nullable)</span>
        )}
        {node.nullable && !prop.optional && <span className="text-xs text-slate-600">nullable</span>}
        {node.extraKeywords.length > 0 && (
          <span
            className="rounded bg-slate-100 px-1 font-mono text-xs text-slate-700"
            title="Keywords kept as written; edit them under More"
          >
            +{node.extraKeywords.join(', ')}
          </span>
        )}
        <span className="ml-auto flex gap-1">
          <button
            type="button"
            className="text-xs underline"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Less' : 'More'}
            <span className="sr-only"> about {prop.name}</span>
          </button>
          <button
            type="button"
            className="text-xs underline"
            disabled={edit.disabled}
            onClick={() => edit.commit(duplicateProperty(edit.root, parent.path, prop.name))}
          >
            Duplicate<span className="sr-only"> {prop.name}</span>
          </button>
          <button
            type="button"
            className="text-xs text-red-800 underline"
            disabled={edit.disabled}
            onClick={() => edit.commit(removeProperty(edit.root, parent.path, prop.name))}
          >
            Delete<span className="sr-only"> {prop.name}</span>
          </button>
        </span>
      </div>
      {nameError && <p className="text-xs text-red-800">{nameError}</p>}
      <input
        aria-label={`Description of ${prop.name}`}
        placeholder="Description (what the model should put here)"
        disabled={edit.disabled}
        value={node.description}
        onChange={(e) => edit.commit(setDescription(edit.root, node.path, e.target.value))}
        className="mt-1 w-full rounded border border-slate-200 px-1.5 py-0.5 text-xs"
      />
      {open && <NodeDetails node={node} name={prop.name} />}
      <NodeChildren node={node} depth={depth} name={prop.name} />
    </li>
  );
}

/** The nested part of a node: an object's properties, or an array's items. */
export function NodeChildren({ node, depth, name }: { node: SchemaModel; depth: number; name: string }) {
  const edit = useSchemaEdit();
  const [open, setOpen] = useState(false);
  if (node.properties) return <ObjectEditor node={node} depth={depth + 1} name={name} />;
  const items = node.items;
  if (!items) return null;
  return (
    <div className="mt-1 ml-4 border-l-2 border-slate-200 pl-2 text-xs">
      <div className="flex items-center gap-1.5">
        <span>Items of {name}:</span>
        <TypeSelect
          label={`Items type of ${name}`}
          node={items}
          disabled={edit.disabled}
          onChange={(t) => edit.commit(setType(edit.root, items.path, t, { strict: edit.strict }))}
        />
        <button type="button" className="underline" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Less' : 'More'}
          <span className="sr-only"> about items of {name}</span>
        </button>
      </div>
      {open && <NodeDetails node={items} name={`items of ${name}`} />}
      <NodeChildren node={items} depth={depth + 1} name={`${name}[]`} />
    </div>
  );
}
