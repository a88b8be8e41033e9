import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { SortableList } from '../../components/ui/sortable';
import { addProperty, moveProperty, type SchemaModel } from '../../core/tools';
import { PropertyRow } from './property-row';
import { useSchemaEdit } from './schema-context';

/** The properties of an object node, in order (order is output order), and "Add parameter". */
export function ObjectEditor({ node, depth, name }: { node: SchemaModel; depth: number; name?: string }) {
  const { t } = useTranslation('tools');
  const edit = useSchemaEdit();
  const props = node.properties ?? [];
  const noun = depth === 0 ? edit.topNoun : 'property';
  const move = (from: number, to: number) => edit.commit(moveProperty(edit.root, node.path, from, to));
  return (
    <div className={depth > 0 ? 'ml-4 border-l-2 border-line pl-2' : ''}>
      {props.length > 0 && (
        <SortableList ids={props.map((p) => p.id)} onMove={move}>
          <ul className="flex flex-col gap-1" aria-label={t(`node.${noun}.list`)}>
            {props.map((p, i) => (
              <PropertyRow
                key={p.id}
                prop={p}
                parent={node}
                index={i}
                count={props.length}
                depth={depth}
                onMove={move}
              />
            ))}
          </ul>
        </SortableList>
      )}
      <Button
        variant="dashed"
        size="xs"
        disabled={edit.disabled}
        className="mt-1"
        onClick={() => edit.commit(addProperty(edit.root, node.path, { strict: edit.strict }).schema)}
      >
        {depth === 0 ? t(`node.${noun}.add`) : t('node.addPropertyTo', { name: name ?? t('node.object') })}
      </Button>
    </div>
  );
}
