/**
 * Test helpers for the demo backend (used by *.test.ts only): SSE parsing, sequence checks and a
 * small JSON Schema checker for the subset the argument generator handles.
 */
import type { Json, JsonMap } from './request';
import { isMap } from './request';
import type { WireEvent } from './sequence';

/** Parses `event:`/`data:` frames; checks that each event line matches its JSON type. */
export function parseSse(text: string): WireEvent[] {
  const events: WireEvent[] = [];
  for (const block of text.split('\n\n')) {
    if (!block.trim()) continue;
    const lines = block.split('\n');
    const name = lines.find((l) => l.startsWith('event: '))?.slice(7);
    const data = lines.find((l) => l.startsWith('data: '))?.slice(6);
    if (data === undefined) throw new Error(`frame without data: ${block}`);
    const event = JSON.parse(data) as WireEvent;
    if (name !== event.type) throw new Error(`event line ${name} ≠ type ${event.type}`);
    events.push(event);
  }
  return events;
}

/** Throws unless the events form a well-formed Responses stream; returns the final output items. */
export function checkSequence(events: WireEvent[], terminal = 'response.completed'): JsonMap[] {
  const fail = (message: string): never => {
    throw new Error(message);
  };
  events.forEach((e, i) => e.sequence_number === i || fail(`sequence_number ${e.sequence_number} at ${i}`));
  if (events[0]?.type !== 'response.created') fail('first event is not response.created');
  const last = events.at(-1);
  if (last?.type !== terminal) fail(`last event ${last?.type}, expected ${terminal}`);
  const open = new Map<number, JsonMap>();
  const done: JsonMap[] = [];
  const texts = new Map<string, string>();
  for (const e of events) {
    const index = e.output_index as number;
    const key = `${index}:${JSON.stringify(e.content_index ?? e.summary_index ?? '')}`;
    if (e.type === 'response.output_item.added') {
      if (index !== done.length + open.size || open.has(index)) fail(`bad output_index ${index}`);
      open.set(index, e.item as JsonMap);
    } else if (e.type === 'response.output_item.done') {
      const added = open.get(index) ?? fail(`done without added at ${index}`);
      if ((e.item as JsonMap).id !== added.id) fail('item id changed');
      open.delete(index);
      done[index] = e.item as JsonMap;
    } else if (e.type.endsWith('.delta')) {
      if (!open.has(index)) fail(`${e.type} outside an open item`);
      if (e.item_id !== open.get(index)?.id) fail(`${e.type} item_id mismatch`);
      texts.set(key, (texts.get(key) ?? '') + String(e.delta));
    } else if (/(output_text|refusal|function_call_arguments|reasoning_summary_text)\.done$/.test(e.type)) {
      const final = e.text ?? e.refusal ?? e.arguments;
      if (final !== (texts.get(key) ?? '')) fail(`${e.type}: deltas do not add up to the final value`);
    }
  }
  if (open.size > 0) fail('items left open');
  const response = last?.response as JsonMap | undefined;
  if (response && JSON.stringify(response.output) !== JSON.stringify(done)) fail('final output ≠ done items');
  return done;
}

/** Errors of `value` against `schema` (type, required, properties, enum, items, bounds). */
export function schemaErrors(value: Json, schema: JsonMap, path = '$'): string[] {
  const errors: string[] = [];
  const type = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type];
  const actual =
    value === null
      ? 'null'
      : Array.isArray(value)
        ? 'array'
        : Number.isInteger(value)
          ? 'integer'
          : typeof value;
  const ok = type.length === 0 || type.some((t) => t === actual || (t === 'number' && actual === 'integer'));
  if (!ok) return [`${path}: ${actual} is not ${JSON.stringify(type)}`];
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) {
    errors.push(`${path}: not in enum`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${path}: below minimum`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${path}: above maximum`);
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength)
      errors.push(`${path}: too short`);
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength)
      errors.push(`${path}: too long`);
  }
  if (isMap(value)) {
    const properties = isMap(schema.properties) ? schema.properties : {};
    for (const key of Array.isArray(schema.required) ? schema.required : []) {
      if (typeof key === 'string' && !(key in value)) errors.push(`${path}: missing ${key}`);
    }
    for (const [key, sub] of Object.entries(value)) {
      const subSchema = properties[key];
      if (isMap(subSchema)) errors.push(...schemaErrors(sub, subSchema, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected ${key}`);
    }
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      errors.push(`${path}: too few items`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
      errors.push(`${path}: too many items`);
    if (isMap(schema.items))
      value.forEach((v, i) => errors.push(...schemaErrors(v, schema.items as JsonMap, `${path}[${i}]`)));
  }
  return errors;
}
