/** Raw data longer than this is not parsed for a row's summary (its detail view still shows it). */
const MAX_PARSE = 200_000;
const MAX_FIELDS = 6;
const MAX_VALUE = 80;

/**
 * A one-line summary of a raw event as labelled fields (`delta: "Hel"`, `item.type: message`,
 * `response.status: completed`), skipping `type` and `sequence_number` (the row shows them in
 * columns of their own). Data that is not a JSON object gives no fields (the row shows it raw).
 */
export function eventFields(raw: string): [name: string, value: string][] | undefined {
  if (raw.length > MAX_PARSE) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isRecord(data)) return undefined;
  const fields: [string, string][] = [];
  for (const [name, value] of Object.entries(data)) {
    if (fields.length >= MAX_FIELDS) break;
    if (name === 'type' || name === 'sequence_number') continue;
    if (isRecord(value)) {
      for (const sub of ['type', 'id', 'status', 'name']) {
        const inner = value[sub];
        if (fields.length < MAX_FIELDS && isPrimitive(inner)) fields.push([`${name}.${sub}`, shown(inner)]);
      }
    } else if (Array.isArray(value)) fields.push([name, `[${value.length}]`]);
    else fields.push([name, shown(value)]);
  }
  return fields;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPrimitive(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}
