import { LIMITS, schemaMeters } from '../../core/tools';

/** How much of the strict-mode size limits a schema uses. */
export function SchemaMetersView({ schema, label }: { schema: unknown; label: string }) {
  const m = schemaMeters(schema);
  const rows: [string, number, number][] = [
    ['Properties', m.properties, LIMITS.properties],
    ['Nesting depth', m.depth, LIMITS.depth],
    ['Name and value characters', m.stringLength, LIMITS.stringLength],
    ['Enum values', m.enumValues, LIMITS.enumValues],
  ];
  return (
    <div
      role="group"
      aria-label={label}
      className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700"
    >
      {rows.map(([name, value, max]) => (
        <label key={name} className="inline-flex items-center gap-1">
          {name}
          <meter
            min={0}
            max={max}
            low={max * 0.7}
            high={max * 0.9}
            optimum={0}
            value={value}
            className="h-2 w-16"
          />
          <span className={value > max ? 'font-semibold text-red-800' : ''}>
            {value}/{max}
          </span>
        </label>
      ))}
    </div>
  );
}
