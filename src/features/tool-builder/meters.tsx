import { useTranslation } from 'react-i18next';
import { LIMITS, schemaMeters } from '../../core/tools';

/** A meter shows from this share of its limit on: below it, a schema is nowhere near a limit. */
export const NEAR_LIMIT = 0.8;

/**
 * How much of the strict-mode size limits a schema uses, only for the limits it comes near (or
 * passes): a schema far from every limit shows nothing.
 */
export function SchemaMetersView({ schema, label }: { schema: unknown; label: string }) {
  const { t } = useTranslation('tools');
  const m = schemaMeters(schema);
  const rows = (
    [
      ['properties', m.properties, LIMITS.properties],
      ['depth', m.depth, LIMITS.depth],
      ['stringLength', m.stringLength, LIMITS.stringLength],
      ['enumValues', m.enumValues, LIMITS.enumValues],
    ] as const
  ).filter(([, value, max]) => value >= max * NEAR_LIMIT);
  if (rows.length === 0) return null;
  return (
    <div
      role="group"
      aria-label={label}
      className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink-muted"
    >
      {rows.map(([name, value, max]) => (
        <label key={name} className="inline-flex items-center gap-1">
          {t(`meters.${name}`)}
          <meter
            min={0}
            max={max}
            low={max * 0.7}
            high={max * 0.9}
            optimum={0}
            value={value}
            className="h-2 w-16"
          />
          <span className={value > max ? 'font-semibold text-danger' : ''}>
            {value}/{max}
          </span>
        </label>
      ))}
    </div>
  );
}
