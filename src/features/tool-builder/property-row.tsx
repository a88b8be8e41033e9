import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { InlineCode } from '../../components/ui/inline-code';
import { SortableItem } from '../../components/ui/sortable';
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
import { plain } from './plain-text';
import { ObjectEditor } from './object-editor';
import { ReorderHandle } from './reorder-handle';
import { useSchemaEdit } from './schema-context';
import { TypeSelect } from './type-select';

interface Props {
  prop: PropertyModel;
  parent: SchemaModel;
  index: number;
  count: number;
  depth: number;
  onMove: (from: number, to: number) => void;
}

/** One parameter (or nested property): name, type, Required, description, and its details. */
export function PropertyRow({ prop, parent, index, count, depth, onMove }: Props) {
  const { t } = useTranslation('tools');
  const edit = useSchemaEdit();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<string | null>(null);
  const noun = depth === 0 ? edit.topNoun : 'property';
  const node = prop.schema;
  const taken = (parent.properties ?? []).map((p) => p.name).filter((n) => n !== prop.name);
  const nameError =
    draft === null
      ? undefined
      : draft === ''
        ? t('node.nameRequired')
        : taken.includes(draft)
          ? t('node.nameTaken', { name: draft })
          : undefined;

  const rename = (value: string) => {
    setDraft(value);
    if (value !== '' && !taken.includes(value)) {
      edit.commit(renameProperty(edit.root, parent.path, prop.name, value));
      setDraft(null);
    }
  };

  return (
    <SortableItem
      id={prop.id}
      disabled={edit.disabled}
      aria-label={t(`node.${noun}.row`, { name: prop.name })}
      className="rounded border border-line bg-surface p-1.5"
    >
      <div className="flex flex-wrap items-center gap-1.5">
        <ReorderHandle
          id={prop.id}
          index={index}
          count={count}
          label={t(`node.${noun}.handle`, { name: prop.name })}
          onMove={onMove}
        />
        <input
          aria-label={t(`node.${noun}.name`)}
          aria-invalid={nameError !== undefined}
          title={nameError}
          disabled={edit.disabled}
          value={draft ?? prop.name}
          onChange={(e) => rename(e.target.value)}
          onBlur={() => setDraft(null)}
          className={`w-36 rounded border px-1.5 py-0.5 font-mono text-sm ${nameError ? 'border-danger' : 'border-line'}`}
        />
        <TypeSelect
          label={t(`node.${noun}.type`)}
          node={node}
          disabled={edit.disabled}
          onChange={(t: ParamType) => edit.commit(setType(edit.root, node.path, t, { strict: edit.strict }))}
        />
        <label
          className="inline-flex items-center gap-1 text-xs"
          title={edit.strict ? plain(t('node.requiredTitle')) : undefined}
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
          {t('node.required')}
        </label>
        {prop.optional && (
          <Badge tone="warning">
            <InlineCode text={t('node.optionalNullable')} />
          </Badge>
        )}
        {node.nullable && !prop.optional && (
          <span className="text-xs text-ink-muted">
            <InlineCode text={t('node.nullable')} />
          </span>
        )}
        {node.extraKeywords.length > 0 && (
          <Badge mono title={t('node.extraTitle')}>
            +{node.extraKeywords.join(', ')}
          </Badge>
        )}
        <span className="ml-auto flex gap-1">
          <Button variant="link" size="xs" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? t('node.less') : t('node.more')}
            <span className="sr-only"> {t('node.about', { name: prop.name })}</span>
          </Button>
          <Button
            variant="link"
            size="xs"
            disabled={edit.disabled}
            onClick={() => edit.commit(duplicateProperty(edit.root, parent.path, prop.name))}
          >
            {t('node.duplicate')}
            <span className="sr-only"> {prop.name}</span>
          </Button>
          <Button
            variant="danger-link"
            size="xs"
            disabled={edit.disabled}
            onClick={() => edit.commit(removeProperty(edit.root, parent.path, prop.name))}
          >
            {t('node.delete')}
            <span className="sr-only"> {prop.name}</span>
          </Button>
        </span>
      </div>
      {nameError && <p className="text-xs text-danger">{nameError}</p>}
      <input
        aria-label={t('node.descriptionOf', { name: prop.name })}
        placeholder={t('node.descriptionPlaceholder')}
        disabled={edit.disabled}
        value={node.description}
        onChange={(e) => edit.commit(setDescription(edit.root, node.path, e.target.value))}
        className="mt-1 w-full rounded border border-line px-1.5 py-0.5 text-xs"
      />
      {open && <NodeDetails node={node} name={prop.name} />}
      <NodeChildren node={node} depth={depth} name={prop.name} />
    </SortableItem>
  );
}

/** The nested part of a node: an object's properties, or an array's items. */
export function NodeChildren({ node, depth, name }: { node: SchemaModel; depth: number; name: string }) {
  const { t } = useTranslation('tools');
  const edit = useSchemaEdit();
  const [open, setOpen] = useState(false);
  if (node.properties) return <ObjectEditor node={node} depth={depth + 1} name={name} />;
  const items = node.items;
  if (!items) return null;
  return (
    <div className="mt-1 ml-4 border-l-2 border-line pl-2 text-xs">
      <div className="flex items-center gap-1.5">
        <span>{t('node.itemsOf', { name })}</span>
        <TypeSelect
          label={t('node.itemsTypeOf', { name })}
          node={items}
          disabled={edit.disabled}
          onChange={(t) => edit.commit(setType(edit.root, items.path, t, { strict: edit.strict }))}
        />
        <Button variant="link" size="xs" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('node.less') : t('node.more')}
          <span className="sr-only"> {t('node.aboutItems', { name })}</span>
        </Button>
      </div>
      {open && <NodeDetails node={items} name={t('node.itemsName', { name })} />}
      <NodeChildren node={items} depth={depth + 1} name={`${name}[]`} />
    </div>
  );
}
