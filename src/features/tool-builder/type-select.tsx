import { PARAM_TYPES, type ParamType, type SchemaModel } from '../../core/tools';

/** The six builder types; a node of another kind ($ref, anyOf, …) shows it as an extra choice. */
export function TypeSelect({
  label,
  node,
  disabled,
  onChange,
}: {
  label: string;
  node: SchemaModel;
  disabled: boolean;
  onChange: (t: ParamType) => void;
}) {
  const current = node.type ?? `other:${node.kind}`;
  return (
    <select
      aria-label={label}
      value={current}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value as ParamType)}
      className="rounded border border-slate-300 bg-white px-1 py-0.5 text-sm"
    >
      {node.type === undefined && <option value={current}>{node.kind}</option>}
      {PARAM_TYPES.map((t) => (
        <option key={t} value={t}>
          {t}
        </option>
      ))}
    </select>
  );
}
