import { addProperty, moveProperty, type SchemaModel } from '../../core/tools';
import { PropertyRow } from './property-row';
import { useSchemaEdit } from './schema-context';

/** The properties of an object node, in order (order is output order), and "Add parameter". */
export function ObjectEditor({ node, depth, name }: { node: SchemaModel; depth: number; name?: string }) {
  const edit = useSchemaEdit();
  const props = node.properties ?? [];
  const noun = depth === 0 ? edit.topNoun : 'Property';
  const group = `${edit.scope}:${node.path.join('/')}`;
  const move = (from: number, to: number) => edit.commit(moveProperty(edit.root, node.path, from, to));
  return (
    <div className={depth > 0 ? 'ml-4 border-l-2 border-slate-200 pl-2' : ''}>
      {props.length > 0 && (
        <ul className="flex flex-col gap-1" aria-label={depth === 0 ? `${noun}s` : 'Properties'}>
          {props.map((p, i) => (
            <PropertyRow
              key={p.id}
              prop={p}
              parent={node}
              index={i}
              count={props.length}
              depth={depth}
              group={group}
              onMove={move}
            />
          ))}
        </ul>
      )}
      <button
        type="button"
        disabled={edit.disabled}
        className="mt-1 rounded border border-dashed border-slate-400 px-2 py-0.5 text-xs hover:bg-slate-100"
        onClick={() => edit.commit(addProperty(edit.root, node.path, { strict: edit.strict }).schema)}
      >
        {depth === 0 ? `Add ${noun.toLowerCase()}` : `Add property to ${name ?? 'object'}`}
      </button>
    </div>
  );
}
